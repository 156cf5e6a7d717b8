package nl.methodetoets.advice.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import nl.methodetoets.advice.PublicRegister;
import nl.methodetoets.advice.PublicRegister.PublicRound;
import nl.methodetoets.advice.PublicRegister.PublicRoundListing;
import nl.methodetoets.advice.PublicRegister.PublicStudy;
import nl.methodetoets.common.NotFoundException;
import nl.methodetoets.identity.Identity;
import nl.methodetoets.review.ReviewManagement;
import nl.methodetoets.review.Rubric;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The public register in the browser, without login (issue 11): the published years at {@code /openbaar}, a year at
 * {@code /openbaar/{year}}, a study at {@code /openbaar/{year}/studies/{id}} (stable: the year and the study's id
 * never change), and an Atom feed of the published rounds at {@code /openbaar/feed}. The pages use the site's layout;
 * they are served without a session (see identity's security configuration), so they look the same for everyone
 * and may be cached by shared caches ({@link PublicCaching}).
 */
@Controller
class PublicRegisterPageController {
    private static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private final PublicRegister register;
    private final Identity identity;
    private final ReviewManagement reviews;
    private final RegisterFeed feed;

    PublicRegisterPageController(PublicRegister register, Identity identity, ReviewManagement reviews, RegisterFeed feed) {
        this.register = register;
        this.identity = identity;
        this.reviews = reviews;
        this.feed = feed;
    }

    @GetMapping("/openbaar")
    String rounds(Model model, HttpServletRequest request, HttpServletResponse response) {
        List<PublicRoundListing> rounds = register.rounds();
        model.addAttribute("rounds", rounds);
        Map<Integer, LocalDate> dates = new LinkedHashMap<>();
        rounds.forEach(r -> dates.put(r.year(), date(r.published())));
        model.addAttribute("dates", dates);
        PublicCaching.page(request, response);
        return "advice/public/register";
    }

    @GetMapping("/openbaar/{year}")
    String round(@PathVariable int year, Model model, HttpServletRequest request, HttpServletResponse response) {
        PublicRound round = register.round(year);
        model.addAttribute("listing", register.listing(year));
        model.addAttribute("published", date(round.published()));
        model.addAttribute("round", round);
        model.addAttribute("organisationNames", identity.organisationNames());
        TreeSet<String> codes = new TreeSet<>(java.util.Comparator.comparingInt(String::length)
                .thenComparing(java.util.Comparator.naturalOrder()));
        round.studies().forEach(s -> codes.addAll(s.scores().keySet()));
        model.addAttribute("codes", List.copyOf(codes));
        model.addAttribute("criterionNames", names(reviews.currentRubric()));
        PublicCaching.page(request, response);
        return "advice/public/round";
    }

    @GetMapping("/openbaar/{year}/studies/{id}")
    String study(@PathVariable int year, @PathVariable String id, Model model, HttpServletRequest request,
                 HttpServletResponse response) {
        PublicRound round = register.round(year);
        PublicStudy study = round.studies().stream().filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFoundException("register.studyNotFound"));
        model.addAttribute("year", year);
        model.addAttribute("study", study);
        model.addAttribute("motivation", round.exemplary().stream().filter(e -> e.id().equals(id)).findFirst()
                .map(PublicRegister.PublicExemplaryStudy::motivation).orElse(null));
        model.addAttribute("organisationNames", identity.organisationNames());
        model.addAttribute("criterionNames", names(reviews.rubricOf(id)));
        PublicCaching.page(request, response);
        return "advice/public/study";
    }

    /** Whatever the {@code Accept} header says (a browser's asks for HTML): the feed is Atom. */
    @GetMapping("/openbaar/feed")
    ResponseEntity<byte[]> feed(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        byte[] atom = feed.render(register.rounds(), request, locale);
        PublicCaching.page(request, response);
        return ResponseEntity.ok().contentType(ATOM).body(atom);
    }

    private static Map<String, String> names(Rubric rubric) {
        Map<String, String> names = new LinkedHashMap<>();
        rubric.criteria().forEach(c -> names.put(c.code(), c.name()));
        return names;
    }

    private static LocalDate date(OffsetDateTime at) {
        return at == null ? null : at.atZoneSameInstant(AMSTERDAM).toLocalDate();
    }
}
