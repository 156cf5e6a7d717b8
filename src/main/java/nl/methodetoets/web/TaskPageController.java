package nl.methodetoets.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.methodetoets.common.InvalidInputException;
import nl.methodetoets.identity.Identity;
import nl.methodetoets.identity.UserAccount;
import nl.methodetoets.review.Rubric;
import nl.methodetoets.submission.StudyStatus;
import nl.methodetoets.submission.SubmissionManagement;
import nl.methodetoets.submission.TimelineEntry;
import nl.methodetoets.common.UserMessages;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The task forms of the browser UI; a posted form becomes the same body the JSON API takes. */
@Controller
class TaskPageController {
    private final TaskDetails details;
    private final TaskCompletion completion;
    private final SubmissionManagement submissions;
    private final Identity identity;
    private final ObjectMapper json;
    private final UserMessages messages;

    TaskPageController(TaskDetails details, TaskCompletion completion, SubmissionManagement submissions,
                       Identity identity, ObjectMapper json, UserMessages messages) {
        this.details = details;
        this.completion = completion;
        this.submissions = submissions;
        this.identity = identity;
        this.json = json;
        this.messages = messages;
    }

    @GetMapping("/tasks/{id}")
    String task(@PathVariable String id, Authentication who, Model model) {
        return show(id, identity.current(who), model, Map.of());
    }

    @PostMapping("/tasks/{id}")
    String complete(@PathVariable String id, @RequestParam MultiValueMap<String, String> form, Authentication who,
                    Model model, Locale locale) {
        UserAccount user = identity.current(who);
        try {
            completion.complete(id, body(form), user);
            // the intake queue posts its decisions here too, and wants the secretariat back in the queue
            return "intake".equals(form.getFirst("returnTo")) ? "redirect:/intake?done" : "redirect:/?done";
        } catch (InvalidInputException e) {
            Map<String, String> errors = messages.byField(e, locale);
            return show(id, user, model, errors);
        }
    }

    @PostMapping("/tasks/{id}/draft")
    String draft(@PathVariable String id, @RequestParam MultiValueMap<String, String> form, Authentication who) {
        completion.saveDraft(id, body(form), identity.current(who));
        return "redirect:/tasks/" + id + "?draftSaved";
    }

    private String show(String id, UserAccount user, Model model, Map<String, String> errors) {
        Map<String, Object> task = details.describe(id, user);
        String studyId = (String) task.get("studyId");
        if (studyId != null) {
            var study = submissions.existing(studyId);
            model.addAttribute("study", study);
            model.addAttribute("organisationNames", identity.organisationNames()); // submission/fragments :: facts names them
            model.addAttribute("completionRemarks", study.timeline().stream()
                    .filter(e -> e.status() == StudyStatus.AWAITING_COMPLETION && e.note() != null)
                    .map(TimelineEntry::note).reduce((a, b) -> a).orElse(""));
        }
        if (task.get("independentScores") instanceof Map<?, ?> scores) {
            model.addAttribute("disagreements", disagreements(scores));
            model.addAttribute("agreedDefaults", agreedDefaults(scores));
        }
        model.addAttribute("task", new TaskView(task));
        model.addAttribute("errors", errors);
        return "web/task";
    }

    /** Criteria where the independent scores differ, for highlighting in the consensus form. */
    @SuppressWarnings("unchecked")
    private static Set<String> disagreements(Map<?, ?> scores) {
        Map<String, Map<String, Integer>> sheets = (Map<String, Map<String, Integer>>) scores;
        return sheets.values().stream().flatMap(s -> s.keySet().stream()).distinct()
                .filter(code -> sheets.values().stream().map(s -> String.valueOf(s.get(code))).distinct().count() > 1)
                .collect(Collectors.toSet());
    }

    /** Where every reviewer gave the same score, the consensus form starts from it. */
    @SuppressWarnings("unchecked")
    private static Map<String, String> agreedDefaults(Map<?, ?> scores) {
        Map<String, Map<String, Integer>> sheets = (Map<String, Map<String, Integer>>) scores;
        Map<String, String> defaults = new LinkedHashMap<>();
        sheets.values().stream().flatMap(s -> s.keySet().stream()).distinct().forEach(code -> {
            Set<String> values = sheets.values().stream().map(s -> s.get(code) == null ? "nvt" : String.valueOf(s.get(code)))
                    .collect(Collectors.toSet());
            if (values.size() == 1) {
                defaults.put(code, values.iterator().next());
            }
        });
        return defaults;
    }

    /** Form fields → the JSON body of the API: score_K1=3 / nvt, comment_K1, reviewers=…, approved=true, … */
    private ObjectNode body(MultiValueMap<String, String> form) {
        ObjectNode body = json.createObjectNode();
        ObjectNode scores = json.createObjectNode();
        ObjectNode comments = json.createObjectNode();
        ObjectNode pages = json.createObjectNode();
        form.forEach((name, values) -> {
            String value = values.isEmpty() ? null : values.get(0);
            if (name.equals("_csrf") || name.equals("returnTo") || (name.equals("deadline") && (value == null || value.isBlank()))) {
                return;
            }
            if (name.startsWith("score_")) {
                if (value != null && !value.isBlank()) {
                    if (value.equals("nvt")) {
                        scores.putNull(name.substring(6));
                    } else {
                        scores.put(name.substring(6), Integer.valueOf(value));
                    }
                }
            } else if (name.startsWith("comment_")) {
                comments.put(name.substring(8), value);
            } else if (name.startsWith("pages_")) {
                pages.put(name.substring(6), value);
            } else if (name.equals("reviewers")) {
                ArrayNode list = body.putArray("reviewers");
                values.forEach(list::add);
            } else if (name.equals("approved") || name.equals("exemplary") || name.equals("conflictOfInterest")
                    || name.equals("possibleExample")) {
                body.put(name, Boolean.parseBoolean(value));
            } else if (name.equals("verdict")) {
                body.put(name, Integer.valueOf(value));
            } else {
                body.put(name, value);
            }
        });
        if (!scores.isEmpty() || form.keySet().stream().anyMatch(k -> k.startsWith("comment_"))) {
            body.set("scores", scores);
            body.set("comments", comments);
            body.set("pages", pages);
        }
        if (form.containsKey("verdict") && !form.containsKey("exemplary")) {
            body.put("exemplary", false);
        }
        if (form.containsKey("rationale") && !body.has("scores")) {
            body.set("scores", scores);
        }
        return body;
    }

    /** The task details with typed accessors for the template. */
    record TaskView(Map<String, Object> map) {
        public Object id() { return map.get("id"); }
        public TaskType type() { return (TaskType) map.get("type"); }
        public Object year() { return map.get("year"); }
        public Object due() { return map.get("due"); }
        public Object replacement() { return map.get("replacement"); }
        public Object required() { return map.get("required"); }
        public Object candidates() { return map.get("candidates"); }
        public Rubric rubric() { return (Rubric) map.get("rubric"); }
        public Object independentScores() { return map.get("independentScores"); }
        public Object consolidated() { return map.get("consolidated"); }
        public Object computedVerdict() { return map.get("computedVerdict"); }
        public Object computedExemplary() { return map.get("computedExemplary"); }
        public Object round() { return map.get("round"); }
        public List<?> reasons() { return (List<?>) map.getOrDefault("reasons", List.of()); }
        public Object draft() { return map.get("draft"); }
    }
}
