package nl.methodetoets.demo;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.methodetoets.advice.AdviceManagement;
import nl.methodetoets.identity.Identity;
import nl.methodetoets.identity.NewUser;
import nl.methodetoets.identity.Organisation;
import nl.methodetoets.identity.OrganisationType;
import nl.methodetoets.identity.Role;
import nl.methodetoets.identity.UserAccount;
import nl.methodetoets.review.ReviewManagement;
import nl.methodetoets.review.ReviewProcess;
import nl.methodetoets.review.ScoreSheet;
import nl.methodetoets.submission.IntakeDecision;
import nl.methodetoets.submission.Study;
import nl.methodetoets.submission.StudyMetadata;
import nl.methodetoets.submission.StudyReviewProcess;
import nl.methodetoets.submission.StudyStatus;
import nl.methodetoets.submission.StudyType;
import nl.methodetoets.submission.SubmissionManagement;
import nl.methodetoets.submission.Theme;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads demo data once, on an empty database, through the same module APIs and process the users use:
 * a study waiting for intake, one waiting for a completion, one in review, one in consensus and one assessed (the
 * submitter {@code indiener}'s, with feedback from two reviewers), and the year's advice round waiting for its draft.
 */
@Component
@ConditionalOnProperty(name = "methodetoets.demo.enabled", havingValue = "true")
class DemoData {
    static final String PASSWORD = "demo-wachtwoord";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final Identity identity;
    private final SubmissionManagement submissions;
    private final ReviewManagement reviews;
    private final TaskService tasks;
    private final TransactionTemplate tx;
    private final AdviceManagement advice;

    DemoData(Identity identity, SubmissionManagement submissions, ReviewManagement reviews, TaskService tasks,
             TransactionTemplate tx, AdviceManagement advice) {
        this.advice = advice;
        this.identity = identity;
        this.submissions = submissions;
        this.reviews = reviews;
        this.tasks = tasks;
        this.tx = tx;
    }

    @EventListener(ApplicationReadyEvent.class)
    void load() {
        if (identity.user("secretaris").isPresent()) {
            return;
        }
        try {
            tx.executeWithoutResult(s -> people());
        } catch (RuntimeException e) {
            // several nodes starting at once on an empty database (issue 14): the one that committed the people first
            // loads the studies; the others roll back on its unique keys and leave the demo to it
            if (identity.user("secretaris").isPresent()) {
                log.info("Demo data is being loaded by another node ({})", e.toString());
                return;
            }
            throw e;
        }
        Thread loader = new Thread(this::studies, "demo-data");
        loader.setDaemon(true);
        loader.start();
    }

    private void people() {
        organisation("gemeente-den-haag", "Gemeente Den Haag", OrganisationType.GEMEENTE);
        organisation("gemeente-groningen", "Gemeente Groningen", OrganisationType.GEMEENTE);
        organisation("gemeente-rotterdam", "Gemeente Rotterdam", OrganisationType.GEMEENTE);
        organisation("universiteit-twente", "Universiteit Twente", OrganisationType.UNIVERSITEIT);
        organisation("universiteit-utrecht", "Universiteit Utrecht", OrganisationType.UNIVERSITEIT);
        organisation("scp", "Sociaal en Cultureel Planbureau", OrganisationType.KENNISINSTITUUT);
        organisation("verwey-jonker", "Verwey-Jonker Instituut", OrganisationType.KENNISINSTITUUT);
        organisation("ministerie-bzk", "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties", OrganisationType.OVERIG);
        user("indiener", "Anna Jansen", "gemeente-den-haag", Role.SUBMITTER);
        user("indiener-groningen", "Bram de Boer", "gemeente-groningen", Role.SUBMITTER);
        user("secretaris", "Carla Visser", "ministerie-bzk", Role.SECRETARIAT);
        user("voorzitter", "prof. dr. Dirk Smit", "universiteit-utrecht", Role.CHAIR, Role.REVIEWER);
        user("beoordelaar1", "dr. Eva Mulder", "universiteit-twente", Role.REVIEWER);
        user("beoordelaar2", "dr. Frank Bakker", "scp", Role.REVIEWER);
        user("beoordelaar3", "drs. Gerda Meijer", "verwey-jonker", Role.REVIEWER);
        user("beheerder", "Hans de Wit", "ministerie-bzk", Role.ADMIN);
    }

    private void studies() {
        try {
            int year = Year.now().getValue() - 1;
            UserAccount denHaag = identity.existingUser("indiener");
            UserAccount groningen = identity.existingUser("indiener-groningen");
            UserAccount secretaris = identity.existingUser("secretaris");
            submit("Effecten van de wijkaanpak in Transvaal op veiligheid en leefbaarheid", denHaag, "gemeente-den-haag",
                    year, StudyType.EFFECT, List.of("Transvaal"), List.of(Theme.VEILIGHEID, Theme.LEEFBAARHEID));
            Study completion = submit("Monitor Selwerd en De Hoogte 2008–2012", groningen, "gemeente-groningen", year,
                    StudyType.MONITOR, List.of("Selwerd", "De Hoogte"), List.of(Theme.WONEN, Theme.LEEFBAARHEID));
            inTx(() -> submissions.decideIntake(await(completion.id(), StudyReviewProcess.TASK_INTAKE).getId(), completion.id(),
                    IntakeDecision.REQUEST_COMPLETION, "Voeg de bijlage met de respons per wijk toe.", null, "secretaris"));
            Study inReview = submit("Werk en inkomen in de Schilderswijk: verschil-in-verschillen", denHaag,
                    "gemeente-den-haag", year, StudyType.EFFECT, List.of("Schilderswijk"), List.of(Theme.WERKEN, Theme.INKOMEN));
            acceptAndAssign(inReview, List.of("beoordelaar1", "beoordelaar2"));
            Study assessed = submit("Veiligheid en leefbaarheid in Den Haag Zuidwest, 2007–2011", denHaag,
                    "gemeente-den-haag", year, StudyType.EFFECT, List.of("Moerwijk", "Morgenstond"), List.of(Theme.VEILIGHEID));
            acceptAndAssign(assessed, List.of("beoordelaar1", "beoordelaar3"));
            score(assessed, "beoordelaar1", 4, 4, "Heldere vergelijking met de controlewijken; zie hoofdstuk %d.",
                    "Degelijke studie met een sterke vergelijkingsgroep.");
            score(assessed, "beoordelaar3", 4, 4, "Goed onderbouwd; de respons per wijk in hoofdstuk %d kan uitgebreider.",
                    "Goede studie; de beschrijving van de respons kan beter.");
            Study consensus = submit("Gezondheid en leefstijl in Groningen-Noord", groningen, "gemeente-groningen", year,
                    StudyType.EFFECT, List.of("Vinkhuizen"), List.of(Theme.GEZONDHEID));
            acceptAndAssign(consensus, List.of("beoordelaar2", "beoordelaar3"));
            score(consensus, "beoordelaar2", 3, 3, "Degelijk uitgevoerd; zie hoofdstuk %d.", "Goede studie.");
            // K3 two levels apart: the chair leads a consensus meeting
            score(consensus, "beoordelaar3", 3, 5, "Degelijk uitgevoerd; zie hoofdstuk %d.", "Goede studie.");
            Task verdict = await(assessed.id(), ReviewProcess.TASK_VERDICT);
            UserAccount chair = identity.existingUser("voorzitter");
            inTx(() -> {
                var proposal = reviews.verdictProposal(assessed.id());
                reviews.decideVerdict(verdict.getId(), assessed.id(), proposal.computedVerdict(), proposal.computedExemplary(),
                        "Overgenomen uit de berekening.", chair);
            });
            // the year's advice round, gathering the assessed study: the secretariat finds "Jaaradvies <year>" to draft
            awaitStatus(assessed.id(), StudyStatus.ASSESSED);
            inTx(() -> advice.start(year, secretaris));
            log.info("Demo data loaded: users {} with password '{}'", List.of("indiener", "indiener-groningen", "secretaris",
                    "voorzitter", "beoordelaar1", "beoordelaar2", "beoordelaar3", "beheerder"), PASSWORD);
        } catch (RuntimeException e) {
            log.warn("Demo studies could not be loaded completely", e);
        }
    }

    private Study submit(String title, UserAccount who, String organisation, int year, StudyType type, List<String> wijken,
                         List<Theme> themes) {
        StudyMetadata metadata = new StudyMetadata(title, List.of("Onderzoeksteam " + organisation), organisation, null, year,
                type, wijken, themes, "Demo-studie: " + title + ".");
        return tx.execute(s -> submissions.submit(metadata, new ByteArrayInputStream(DemoReports.pdf(title, 12)), who));
    }

    private void acceptAndAssign(Study study, List<String> reviewers) {
        inTx(() -> submissions.decideIntake(await(study.id(), StudyReviewProcess.TASK_INTAKE).getId(), study.id(),
                IntakeDecision.ACCEPT, null, null, "secretaris"));
        inTx(() -> reviews.assignReviewers(await(study.id(), ReviewProcess.TASK_ASSIGN_REVIEWERS).getId(), study.id(), reviewers));
    }

    private void score(Study study, String reviewer, int level, int levelK3, String comment, String summary) {
        Map<String, Integer> scores = new LinkedHashMap<>();
        Map<String, String> comments = new LinkedHashMap<>();
        for (int i = 1; i <= 8; i++) {
            scores.put("K" + i, i == 3 ? levelK3 : level);
            if (i % 2 == 1) { // comments on some criteria, as reviewers write them
                comments.put("K" + i, comment.formatted(i));
            }
        }
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(study.id())
                .taskDefinitionKey(ReviewProcess.TASK_SCORE).taskAssignee(reviewer).singleResult();
        inTx(() -> reviews.submitScores(task.getId(), study.id(), new ScoreSheet(reviewer, scores, comments, Map.of("K1", "3-5"), summary)));
    }

    private void awaitStatus(String studyId, StudyStatus status) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline && submissions.existing(studyId).status() != status) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private Task await(String studyId, String taskKey) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            Task task = tasks.createTaskQuery().processInstanceBusinessKey(studyId).taskDefinitionKey(taskKey).singleResult();
            if (task != null) {
                return task;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new IllegalStateException("Demo: task " + taskKey + " did not appear for study " + studyId);
    }

    private void inTx(Runnable action) {
        tx.executeWithoutResult(s -> action.run());
    }

    private void organisation(String id, String name, OrganisationType type) {
        if (identity.organisation(id).isEmpty()) {
            identity.createOrganisation(new Organisation(id, name, type));
        }
    }

    private void user(String id, String name, String organisation, Role... roles) {
        identity.createUser(new NewUser(id, name, id + "@example.nl", PASSWORD, organisation, Set.of(roles)));
    }
}
