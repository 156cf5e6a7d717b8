package nl.methodetoets.advice;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.methodetoets.common.InputLimits;
import nl.methodetoets.common.ConflictException;
import nl.methodetoets.common.ForbiddenException;
import nl.methodetoets.common.NotFoundException;
import nl.methodetoets.common.Validation;
import nl.methodetoets.identity.Role;
import nl.methodetoets.identity.UserAccount;
import nl.methodetoets.review.ReviewManagement;
import nl.methodetoets.submission.Study;
import nl.methodetoets.submission.StudyStatus;
import nl.methodetoets.submission.SubmissionManagement;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The advice module's API: one round per year — gather the assessed studies, draft, render, approve or
 * return, render the archival final and publish the round's studies.
 */
@Service
@Transactional
public class AdviceManagement {
    private final AdviceStore store;
    private final AdviceFiles files;
    private final AdviceDocuments documents;
    private final AdviceStatistics statisticsCalculator;
    private final CalibrationCalculator calibrationCalculator;
    private final ReviewManagement reviews;
    private final SubmissionManagement submissions;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ApplicationEventPublisher events;
    private final AdviceRules rules;
    private final RoundExports exports;

    AdviceManagement(AdviceStore store, AdviceFiles files, AdviceDocuments documents, AdviceStatistics statisticsCalculator,
                     CalibrationCalculator calibrationCalculator, ReviewManagement reviews, SubmissionManagement submissions,
                     RuntimeService runtime, TaskService tasks, ApplicationEventPublisher events, AdviceRules rules,
                     RoundExports exports) {
        this.store = store;
        this.files = files;
        this.documents = documents;
        this.statisticsCalculator = statisticsCalculator;
        this.calibrationCalculator = calibrationCalculator;
        this.reviews = reviews;
        this.submissions = submissions;
        this.runtime = runtime;
        this.tasks = tasks;
        this.events = events;
        this.rules = rules;
        this.exports = exports;
    }

    public AdviceRound start(Integer year, UserAccount secretary) {
        new Validation().require(year != null && year >= 2000 && year <= 2100, "year", "validation.year").throwIfInvalid();
        if (store.find(year).isPresent()) {
            throw new ConflictException("advice.exists", String.valueOf(year)); // a year is never grouped ("2.025")
        }
        store.insert(year, secretary.id());
        runtime.startProcessInstanceByKey(AnnualAdviceProcess.KEY, String.valueOf(year),
                Map.of(AnnualAdviceProcess.YEAR, year));
        return round(year);
    }

    @Transactional(readOnly = true)
    public AdviceRound round(int year) {
        AdviceStore.Row row = store.find(year).orElseThrow(() -> new NotFoundException("advice.notFound", String.valueOf(year)));
        List<String> studies = store.studies(year);
        List<String> exemplary = studies.stream()
                .filter(id -> submissions.assessment(id).map(a -> a.exemplary()).orElse(false)).toList();
        return new AdviceRound(year, row.status(), studies.size(), exemplary, row.draftNumber(), row.conclusions(),
                row.recommendations(), row.approvalRemarks(), row.finalSha256(), underObjection(year));
    }

    /**
     * Until a year's round is PUBLISHED, the round, its statistics and its calibration are for the chair, the
     * secretariat and the admin only (a small round's statistics reveal independent scores): anyone else gets a 403.
     * A year without a round counts as unpublished.
     */
    @Transactional(readOnly = true)
    public void requireReadable(int year, UserAccount viewer) {
        if (!mayReadUnpublished(viewer) && !published(year)) {
            throw new ForbiddenException("advice.unpublished", String.valueOf(year));
        }
    }

    /** The round as {@link #round(int)}, for a viewer it is readable to. */
    @Transactional(readOnly = true)
    public AdviceRound round(int year, UserAccount viewer) {
        AdviceRound round = round(year);
        requireReadable(year, viewer);
        return round;
    }

    /** The statistics as {@link #statistics(int)}, for a viewer they are readable to. */
    @Transactional(readOnly = true)
    public RoundStatistics statistics(int year, UserAccount viewer) {
        requireReadable(year, viewer);
        return statistics(year);
    }

    /** The rounds a viewer may read: all of them for the chair, secretariat and admin, the published ones for others. */
    @Transactional(readOnly = true)
    public List<AdviceRound> rounds(UserAccount viewer) {
        List<AdviceRound> all = rounds();
        return mayReadUnpublished(viewer) ? all : all.stream().filter(r -> r.status() == AdviceStatus.PUBLISHED).toList();
    }

    /** Whether a viewer reads rounds before publication (and the reviewers' calibration at all). */
    public static boolean mayReadUnpublished(UserAccount viewer) {
        return viewer.has(Role.CHAIR) || viewer.has(Role.SECRETARIAT) || viewer.has(Role.ADMIN);
    }

    private boolean published(int year) {
        return store.find(year).map(row -> row.status() == AdviceStatus.PUBLISHED).orElse(false);
    }

    @Transactional(readOnly = true)
    public List<AdviceRound> rounds() {
        return store.years().stream().map(this::round).toList();
    }

    /** The year's studies with an open objection (IN_OBJECTION), in id order. */
    @Transactional(readOnly = true)
    public List<String> underObjection(int year) {
        return submissions.studiesOfYear(year, Set.of(StudyStatus.IN_OBJECTION)).stream().map(Study::id).sorted().toList();
    }

    /**
     * Gathers the year's assessed studies (again after a return, so later verdicts join the round); a study under
     * objection has its verdict and belongs to the round (the advice cannot be approved until it is decided).
     */
    public void gather(int year) {
        store.lock(year);
        List<String> ids = submissions.studiesOfYear(year, Set.of(StudyStatus.ASSESSED, StudyStatus.IN_OBJECTION)).stream()
                .map(Study::id).toList();
        store.replaceStudies(year, ids);
        store.status(year, AdviceStatus.DRAFTING);
    }

    public void saveDraft(String taskId, int year, String conclusions, String recommendations) {
        new Validation().require(conclusions != null && !conclusions.isBlank(), "conclusions", "advice.conclusionsRequired")
                .text(conclusions, "conclusions", InputLimits.ADVICE_TEXT)
                .text(recommendations, "recommendations", InputLimits.ADVICE_TEXT)
                .throwIfInvalid();
        store.lock(year);
        store.texts(year, conclusions, recommendations);
        store.status(year, AdviceStatus.RENDERING);
        tasks.complete(taskId);
    }

    public void renderDraft(int year) {
        store.lock(year);
        AdviceStore.Row row = store.find(year).orElseThrow();
        int number = row.draftNumber() + 1;
        AdviceFiles.Stored stored = renderAndStore(year, row, number, "concept-" + number + ".pdf");
        store.draft(year, number, stored.key(), stored.sha256());
        store.status(year, AdviceStatus.AWAITING_APPROVAL);
        events.publishEvent(new DraftAdviceRendered(year, number));
    }

    /**
     * The chair's approval (the round is rendered and published) or return with remarks. Approval while a study of
     * the year is under objection is refused (409, naming the studies).
     */
    public void decideApproval(String taskId, int year, Boolean approved, String remarks) {
        new Validation().require(approved != null, "approved", "validation.required")
                .require(approved == null || approved || (remarks != null && !remarks.isBlank()), "remarks",
                        "advice.remarksRequired")
                .text(remarks, "remarks", InputLimits.ADVICE_TEXT)
                .throwIfInvalid();
        store.lock(year);
        if (approved) {
            // under the round's lock: an objection filed meanwhile is either seen here or refused for the approval
            List<String> open = underObjection(year);
            if (!open.isEmpty()) {
                throw new ConflictException("advice.objectionsOpen",
                        String.join(", ", submissions.titles(open).values().stream().map(t -> "\u201C" + t + "\u201D").toList()));
            }
            store.approved(year);
        }
        store.remarks(year, remarks);
        store.status(year, approved ? AdviceStatus.RENDERING : AdviceStatus.DRAFTING);
        tasks.complete(taskId, Map.of(AnnualAdviceProcess.APPROVED, approved));
    }

    /** Marks the designations provisional if agreement is too low, then renders the archival PDF. */
    public void renderFinal(int year) {
        store.lock(year);
        AdviceStore.Row row = store.find(year).orElseThrow();
        boolean provisional = rules.provisional(statisticsCalculator.compute(year, store.studies(year)));
        store.studies(year).forEach(studyId -> reviews.markProvisional(studyId, provisional));
        AdviceFiles.Stored stored = renderAndStore(year, row, 0, "jaaradvies-" + year + ".pdf");
        store.finalDocument(year, stored.key(), stored.sha256());
    }

    /**
     * Renders the PDF ({@code draftNumber} 0: the final) and stores it. Whatever goes wrong becomes an
     * {@link AdviceRenderingException} whose message names the reason: the job fails, the engine keeps the message
     * in its incident, and the round's page shows it in words with a retry ({@link AdviceRecovery}).
     */
    private AdviceFiles.Stored renderAndStore(int year, AdviceStore.Row row, int draftNumber, String fileName) {
        byte[] pdf;
        try {
            pdf = documents.render(year, store.studies(year), row.conclusions(), row.recommendations(), draftNumber);
        } catch (RuntimeException | LinkageError e) { // LinkageError: e.g. a font that failed to load
            throw new AdviceRenderingException("rendering the advice " + year + " failed", e);
        }
        try {
            return files.write(year, fileName, pdf);
        } catch (RuntimeException e) {
            throw new AdviceRenderingException(AdviceRenderingException.Reason.STORAGE,
                    "storing " + fileName + " of the advice " + year + " failed", e);
        }
    }

    /** Every study of the round becomes PUBLISHED, then the round itself. */
    public void publish(int year) {
        store.lock(year);
        AdviceStore.Row row = store.find(year).orElseThrow();
        for (String studyId : store.studies(year)) {
            events.publishEvent(new StudyPublished(studyId, year)); // the submission module moves it to PUBLISHED
        }
        store.published(year, row.finalKey(), row.finalSha256());
    }

    /** Reviewer calibration over the round's (or the year's assessed) studies; for the chair and secretariat. */
    @Transactional(readOnly = true)
    public Calibration calibration(int year) {
        List<String> studies = store.find(year).isPresent() && !store.studies(year).isEmpty()
                ? store.studies(year) : statisticsCalculator.doneStudies(year);
        return calibrationCalculator.compute(year, studies);
    }

    /** The studies the round gathered, with their verdicts, in the order of the round (one study query). */
    @Transactional(readOnly = true)
    public List<RoundStudy> studies(int year) {
        return submissions.studies(store.studies(year)).stream().map(study -> {
            var assessment = submissions.assessment(study.id());
            return new RoundStudy(study.id(), study.title(), study.organisation(),
                    assessment.map(a -> a.verdict()).orElse(null), assessment.map(a -> a.exemplary()).orElse(false));
        }).toList();
    }

    /** Whether the year has a round (started, in whatever state). */
    @Transactional(readOnly = true)
    public boolean exists(int year) {
        return store.find(year).isPresent();
    }

    /**
     * The round's open data: every study the round gathered with its consolidated scores and the reviewers'
     * independent scores under their ids — hence for the chair and the secretariat only (the admin too is refused).
     */
    @Transactional(readOnly = true)
    public RoundExport export(int year, UserAccount viewer) {
        if (!mayExport(viewer)) {
            throw new ForbiddenException("error.forbidden");
        }
        store.find(year).orElseThrow(() -> new NotFoundException("advice.notFound", String.valueOf(year)));
        return exports.export(year, store.studies(year));
    }

    /** Whether a viewer may download a round's open data (which names the reviewers). */
    public static boolean mayExport(UserAccount viewer) {
        return viewer.has(Role.CHAIR) || viewer.has(Role.SECRETARIAT);
    }

    /** The round's statistics: over the gathered studies once there is a round, else over the year's assessed studies. */
    @Transactional(readOnly = true)
    public RoundStatistics statistics(int year) {
        return store.find(year).isPresent() && !store.studies(year).isEmpty()
                ? statisticsCalculator.compute(year, store.studies(year)) : statisticsCalculator.compute(year);
    }

    /** The latest draft for the secretariat and chair until publication; the archived final for everyone after. */
    @Transactional(readOnly = true)
    public Path document(int year, UserAccount viewer) {
        return download(year, viewer).path();
    }

    /** The document as {@link #document(int, UserAccount)}, with the name it is downloaded under. */
    @Transactional(readOnly = true)
    public AdviceDownload download(int year, UserAccount viewer) {
        AdviceStore.Row row = store.find(year).orElseThrow(() -> new NotFoundException("advice.notFound", String.valueOf(year)));
        if (row.status() == AdviceStatus.PUBLISHED) {
            return new AdviceDownload(files.file(row.finalKey()), AdviceDownload.fileName(year, 0));
        }
        if (!mayReadUnpublished(viewer)) {
            throw new ForbiddenException("advice.unpublished", String.valueOf(year));
        }
        if (row.draftKey() == null) {
            throw new NotFoundException("advice.noDocument");
        }
        return new AdviceDownload(files.file(row.draftKey()), AdviceDownload.fileName(year, row.draftNumber()));
    }
}
