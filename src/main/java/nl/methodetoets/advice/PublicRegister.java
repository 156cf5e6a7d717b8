package nl.methodetoets.advice;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.methodetoets.common.NotFoundException;
import nl.methodetoets.submission.ConsentedReport;
import nl.methodetoets.submission.StudyAssessment;
import nl.methodetoets.submission.SubmissionManagement;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public register (issue 11, DOMAIN.md "Public register"): what the commission publishes, readable without login.
 * Only PUBLISHED rounds exist here; anything else — a year without a round, a round before publication, a study
 * outside a published round, a report without the submitter's consent — is "not found", the same answer whether it
 * exists or not.
 *
 * <p>The register is built from its own records below, field by field, never from the internal types: a field added
 * to a study, an assessment or a round stays internal until someone adds it here. Never public: reviewer identities,
 * independent scores, comments and feedback, drafts, the chair's remarks, the motivation of a study that is not
 * exemplary.
 */
@Service
@Transactional(readOnly = true)
public class PublicRegister {
    /** The criterion codes in their natural order (K2 before K10). */
    private static final Comparator<String> CRITERIA = Comparator.comparingInt(String::length)
            .thenComparing(Comparator.naturalOrder());

    /** A published round in the list: its year, when it was published, the document's URL and SHA-256. */
    public record PublicRoundListing(int year, OffsetDateTime published, String document, String sha256) {
    }

    /** A published round: the commission's texts, its exemplary studies and all its studies. */
    public record PublicRound(int year, OffsetDateTime published, String conclusions, String recommendations,
                              List<PublicExemplaryStudy> exemplary, List<PublicStudy> studies) {
    }

    /**
     * A study of a published round: what it is, its verdict and its consolidated scores (null where n.v.t.);
     * {@code report} is the URL of its report where the submitter consented, else null.
     */
    public record PublicStudy(String id, String title, String organisation, String commissionedBy, String studyType,
                              Integer verdict, boolean exemplary, boolean provisional, Map<String, Integer> scores,
                              String report) {
    }

    /** An exemplary study: as {@link PublicStudy} ({@code exemplary} always true), with the chair's motivation. */
    public record PublicExemplaryStudy(String id, String title, String organisation, String commissionedBy,
                                       String studyType, Integer verdict, boolean exemplary, boolean provisional,
                                       Map<String, Integer> scores, String motivation, String report) {
    }

    /** The archived final PDF of a published round. */
    public record PublicDocument(int year, Path file, String sha256) {
    }

    private final PublishedRounds rounds;
    private final AdviceFiles files;
    private final SubmissionManagement submissions;

    PublicRegister(PublishedRounds rounds, AdviceFiles files, SubmissionManagement submissions) {
        this.rounds = rounds;
        this.files = files;
        this.submissions = submissions;
    }

    /** The URL of a published round's document in the public API. */
    public static String documentPath(int year) {
        return "/api/public/advice-rounds/" + year + "/document";
    }

    /** The URL of a consented report in the public API. */
    public static String reportPath(String studyId) {
        return "/api/public/studies/" + studyId + "/report";
    }

    /** The published rounds, newest first. */
    public List<PublicRoundListing> rounds() {
        return rounds.all().stream().map(PublicRegister::listing).toList();
    }

    /** A published round as the list shows it; 404 for any year that is not published. */
    public PublicRoundListing listing(int year) {
        return listing(published(year));
    }

    /** A published round with its studies (ordered by title); 404 for any year that is not published. */
    public PublicRound round(int year) {
        PublishedRounds.Row row = published(year);
        Map<String, String> motivations = new HashMap<>();
        List<PublicStudy> studies = submissions.studies(rounds.studies(year)).stream()
                .flatMap(study -> submissions.assessment(study.id()).map(a -> {
                    if (a.exemplary()) {
                        motivations.put(study.id(), a.motivation());
                    }
                    return new PublicStudy(study.id(), study.title(), study.organisation(),
                            study.metadata().commissionedBy(), study.metadata().studyType().name(), a.verdict(),
                            a.exemplary(), a.provisional(), scores(a),
                            study.metadata().publicReport() ? reportPath(study.id()) : null);
                }).stream())
                .sorted(Comparator.comparing(PublicStudy::title, String.CASE_INSENSITIVE_ORDER).thenComparing(PublicStudy::id))
                .toList();
        List<PublicExemplaryStudy> exemplary = studies.stream().filter(PublicStudy::exemplary)
                .map(s -> new PublicExemplaryStudy(s.id(), s.title(), s.organisation(), s.commissionedBy(), s.studyType(),
                        s.verdict(), true, s.provisional(), s.scores(), motivations.get(s.id()), s.report()))
                .toList();
        return new PublicRound(year, row.published(), row.conclusions(), row.recommendations(), exemplary, studies);
    }

    /** The archived final PDF of a published round; 404 for any year that is not published. */
    public PublicDocument document(int year) {
        PublishedRounds.Row row = published(year);
        return new PublicDocument(year, files.file(row.finalKey()), row.finalSha256());
    }

    /**
     * The report of a study of a published round whose submitter consents to its publication (read now, so a
     * withdrawn consent takes effect at once); 404 otherwise.
     */
    public ConsentedReport report(String studyId) {
        return rounds.yearOf(studyId).flatMap(year -> submissions.consentedReport(studyId))
                .orElseThrow(() -> new NotFoundException("register.studyNotFound"));
    }

    private static PublicRoundListing listing(PublishedRounds.Row row) {
        return new PublicRoundListing(row.year(), row.published(), documentPath(row.year()), row.finalSha256());
    }

    private PublishedRounds.Row published(int year) {
        return rounds.find(year).orElseThrow(() -> new NotFoundException("register.notPublished", String.valueOf(year)));
    }

    private static Map<String, Integer> scores(StudyAssessment assessment) {
        Map<String, Integer> scores = new LinkedHashMap<>();
        assessment.scores().keySet().stream().sorted(CRITERIA).forEach(code -> scores.put(code, assessment.scores().get(code)));
        return scores;
    }
}
