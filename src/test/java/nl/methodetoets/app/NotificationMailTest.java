package nl.methodetoets.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import nl.methodetoets.demo.DemoReports;
import nl.methodetoets.notification.DispatcherRounds;
import nl.methodetoets.notification.Outbox;
import nl.methodetoets.notification.OutboxMessage;
import nl.methodetoets.testing.Await;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * E-mail notifications over real SMTP (GreenMail on loopback) from the whole application, driven through the
 * HTTP API: every mail arrives exactly once, mails survive a mail server outage, and administrators (only) see
 * the outbox. Timers and the dispatcher run in seconds instead of days.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "methodetoets.demo.enabled=false",
        "methodetoets.admin-password=" + NotificationMailTest.ADMIN_PASSWORD,
        "methodetoets.base-url=https://methodetoets.example.nl",
        "methodetoets.notification.dispatch-interval=PT0.2S",
        "methodetoets.notification.first-retry=PT0.3S",
        "methodetoets.notification.max-backoff=PT1S",
        "methodetoets.notification.from=commissie@methodetoets.example.nl",
        "methodetoets.submission.completion-deadline=PT8S",
        "methodetoets.submission.completion-reminder-before=PT4S",
        "methodetoets.review.score-due=PT8S",
        "methodetoets.review.score-reminder-before=PT4S",
        "camunda.bpm.job-execution.wait-time-in-millis=200",
        "camunda.bpm.job-execution.max-wait=500",
        // Engine registry and webapp bootstrap are static, shared by every context in the JVM: with its own engine
        // name and no Camunda webapps, closing this context (DirtiesContext) leaves the cached context of
        // ApplicationTestBase its engine "default" and its Cockpit (closing a webapp context nulls Cockpit's
        // runtime delegate for all). This test needs neither.
        "camunda.bpm.process-engine-name=notificationMailTest",
        "camunda.bpm.webapp.enabled=false",
        "spring.mail.host=localhost"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class NotificationMailTest {
    static final String ADMIN_PASSWORD = "beheer-wachtwoord-mail";
    private static final String SUBMITTER = "indiener@gemeente.example.nl";
    /** Own submitters for the other tests, so no test sees another's mails whatever the order. */
    private static final String OUTAGE_SUBMITTER = "storing@gemeente.example.nl";
    private static final String PAGE_SUBMITTER = "outbox@gemeente.example.nl";
    private static final String SECRETARIAT = "secretaris@commissie.example.nl";
    private static final String CHAIR = "voorzitter@commissie.example.nl";
    private static final String APPROVAL_2021 =
            "Ter goedkeuring: Jaaradvies 2021 — Methodologische kwaliteit van effectstudies wijkenaanpak";
    private static final Path DATA_DIR = ApplicationTestBase.tempDir();
    private static final int SMTP_PORT;
    private static GreenMail smtp;

    static {
        // a free port chosen by GreenMail itself; the outage test restarts the server on the same port
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        smtp.start();
        SMTP_PORT = smtp.getSmtp().getPort();
    }

    @LocalServerPort
    int port;

    @Autowired
    Outbox outbox;

    @Autowired
    ApplicationContext context;

    private Scenario people;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        registry.add("methodetoets.data-dir", DATA_DIR::toString);
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    @BeforeAll
    void people() {
        people = new Scenario(port, new ApiClient(port, "admin", ADMIN_PASSWORD))
                .organisations("mail-gemeente", "mail-universiteit", "mail-instituut", "mail-ministerie");
        people.user("mail-indiener", "Ingrid Indiener", SUBMITTER, "mail-gemeente", "SUBMITTER");
        people.user("mail-indiener-storing", "Stijn Storing", OUTAGE_SUBMITTER, "mail-gemeente", "SUBMITTER");
        people.user("mail-indiener-outbox", "Olga Outbox", PAGE_SUBMITTER, "mail-gemeente", "SUBMITTER");
        people.user("mail-secretaris", "Sam Secretaris", SECRETARIAT, "mail-ministerie", "SECRETARIAT");
        people.user("mail-voorzitter", "Victor Voorzitter", CHAIR, "mail-ministerie", "CHAIR");
        people.user("mail-r1", "Rianne Eerstebeoordelaar", "r1@universiteit.example.nl", "mail-universiteit", "REVIEWER");
        people.user("mail-r2", "Ruud Tweedebeoordelaar", "r2@instituut.example.nl", "mail-instituut", "REVIEWER");
    }

    @AfterAll
    static void stopMailServer() {
        smtp.stop();
    }

    @Test
    void everyStepASubmitterOrReviewerMustKnowAboutArrivesExactlyOnce() throws Exception {
        ApiClient submitter = as("mail-indiener");
        ApiClient secretariat = as("mail-secretaris");
        ApiClient chair = as("mail-voorzitter");
        String completion = submit(submitter, "Aanvullen of intrekken", 2021);
        String rejected = submit(submitter, "Buiten het kader", 2021);
        String reviewed = submit(submitter, "Voorbeeldige studie Kanaleneiland", 2021);
        String selfWithdrawn = submit(submitter, "Zelf ingetrokken", 2021);

        complete(secretariat, secretariat.awaitTask("INTAKE", completion),
                Map.of("decision", "REQUEST_COMPLETION", "remarks", "Voeg de responsanalyse toe."));
        // a new report version adds an AWAITING_COMPLETION entry to the timeline; it is progress, not a request
        assertThat(submitter.upload("/api/studies/" + completion + "/report", DemoReports.pdf("v2", 3)).status()).isEqualTo(201);
        complete(secretariat, secretariat.awaitTask("INTAKE", rejected),
                Map.of("decision", "REJECT", "remarks", "Geen effectstudie."));
        secretariat.awaitTask("INTAKE", selfWithdrawn);
        assertThat(submitter.post("/api/studies/" + selfWithdrawn + "/withdraw", null).status()).isEqualTo(200);
        complete(secretariat, secretariat.awaitTask("INTAKE", reviewed), Map.of("decision", "ACCEPT"));
        complete(secretariat, secretariat.awaitTask("ASSIGN_REVIEWERS", reviewed),
                Map.of("reviewers", List.of("mail-r1", "mail-r2")));

        // each reviewer hears of the assignment, with a link to their tasks and the due date
        Mail assigned = awaitMail("r1@universiteit.example.nl", "Nieuwe beoordeling: Voorbeeldige studie Kanaleneiland");
        assertThat(assigned.body()).contains("https://methodetoets.example.nl/\n").contains("Uw scores worden uiterlijk ");
        awaitMail("r2@instituut.example.nl", "Nieuwe beoordeling: Voorbeeldige studie Kanaleneiland");
        // the score timers: a reminder to each reviewer, then an escalation per reviewer to the secretariat
        awaitMail("r1@universiteit.example.nl", "Herinnering: scoor de studie Voorbeeldige studie Kanaleneiland");
        awaitMail("r2@instituut.example.nl", "Herinnering: scoor de studie Voorbeeldige studie Kanaleneiland");
        awaitMail(SECRETARIAT, "Beoordeling te laat: Voorbeeldige studie Kanaleneiland (Rianne Eerstebeoordelaar)");
        awaitMail(SECRETARIAT, "Beoordeling te laat: Voorbeeldige studie Kanaleneiland (Ruud Tweedebeoordelaar)");
        for (String reviewer : List.of("mail-r1", "mail-r2")) {
            Scenario.study(reviewed).score(as(reviewer), Map.of("scores", Scenario.uniform(4),
                    "comments", Map.of("K3", "Heldere beleidstheorie."), "summary", "Goed"));
        }
        // the same scores need no consensus: the chair hears that the verdict waits
        assertThat(awaitMail(CHAIR, "Eindoordeel vaststellen: Voorbeeldige studie Kanaleneiland").body())
                .contains("Beste Victor Voorzitter,").contains("https://methodetoets.example.nl/\n");
        complete(chair, chair.awaitTask("VERDICT", reviewed), Map.of("verdict", 4, "exemplary", true));
        Mail verdict = awaitMail(SUBMITTER, "Eindoordeel vastgesteld: Voorbeeldige studie Kanaleneiland");
        assertThat(verdict.body()).contains("Eindoordeel: 4 (goed), aangemerkt als voorbeeldstudie.")
                .contains("https://methodetoets.example.nl/studies/" + reviewed);

        assertThat(secretariat.post("/api/advice-rounds", Map.of("year", 2021)).status()).isEqualTo(201);
        complete(secretariat, secretariat.awaitAdviceTask("DRAFT_ADVICE", 2021),
                Map.of("conclusions", "Goed.", "recommendations", "Meer."));
        JsonNode approval = chair.awaitAdviceTask("APPROVE_ADVICE", 2021);
        assertThat(awaitMail(CHAIR, APPROVAL_2021).body()).contains("Concept 1 van het jaaradvies");
        complete(chair, approval, Map.of("approved", true));
        awaitMail(SUBMITTER, "Jaaradvies 2021 gepubliceerd: Voorbeeldige studie Kanaleneiland");

        Mail request = awaitMail(SUBMITTER, "Aanvulling gevraagd: Aanvullen of intrekken");
        assertThat(request.body()).contains("Voeg de responsanalyse toe. (uiterlijk ");
        assertThat(awaitMail(SUBMITTER, "Herinnering: vul uw studie aan — Aanvullen of intrekken").body())
                .contains("Voeg de responsanalyse toe.");
        assertThat(awaitMail(SUBMITTER, "Studie ingetrokken: Aanvullen of intrekken").body())
                .contains("de termijn voor aanvullen is verstreken");
        assertThat(awaitMail(SUBMITTER, "Studie niet in behandeling genomen: Buiten het kader").body()).contains("Geen effectstudie.");

        List<String> studies = List.of(completion, rejected, reviewed, selfWithdrawn);
        awaitDispatcherPast(studies); // anything sent twice would show up now
        List<String> expectedForSubmitter = List.of(
                "Studie ontvangen: Aanvullen of intrekken", "Studie ontvangen: Buiten het kader",
                "Studie ontvangen: Voorbeeldige studie Kanaleneiland", "Studie ontvangen: Zelf ingetrokken",
                "Aanvulling gevraagd: Aanvullen of intrekken", "Herinnering: vul uw studie aan — Aanvullen of intrekken",
                "Studie ingetrokken: Aanvullen of intrekken", "Studie niet in behandeling genomen: Buiten het kader",
                "Eindoordeel vastgesteld: Voorbeeldige studie Kanaleneiland",
                "Jaaradvies 2021 gepubliceerd: Voorbeeldige studie Kanaleneiland");
        assertThat(subjects(mailsTo(SUBMITTER))).containsExactlyInAnyOrderElementsOf(expectedForSubmitter);
        for (String reviewer : List.of("r1@universiteit.example.nl", "r2@instituut.example.nl")) {
            assertThat(subjects(mailsTo(reviewer))).containsExactlyInAnyOrder(
                    "Nieuwe beoordeling: Voorbeeldige studie Kanaleneiland",
                    "Herinnering: scoor de studie Voorbeeldige studie Kanaleneiland");
        }
        assertThat(subjects(mailsTo(SECRETARIAT))).hasSize(2);
        assertThat(subjects(mailsTo(CHAIR))).containsExactlyInAnyOrder(
                "Eindoordeel vaststellen: Voorbeeldige studie Kanaleneiland", APPROVAL_2021);

        // reviewers stay anonymous to the submitter, in every mail they get
        for (Mail mail : mailsTo(SUBMITTER)) {
            assertThat(mail.subject() + mail.body()).doesNotContain("mail-r1", "mail-r2", "Rianne", "Ruud",
                    "Eerstebeoordelaar", "Tweedebeoordelaar", "universiteit.example.nl", "instituut.example.nl");
            assertThat(mail.from()).isEqualTo("commissie@methodetoets.example.nl");
        }
        List<OutboxMessage> rows = outbox.latest(500).stream()
                .filter(m -> studies.stream().anyMatch(id -> m.eventKey().startsWith("study:" + id + ":"))).toList();
        // + a reminder and an assignment per reviewer, two escalations, the chair's verdict mail
        assertThat(rows).hasSize(expectedForSubmitter.size() + 7).allSatisfy(m -> {
            assertThat(m.sent()).as(m.eventKey()).isTrue();
            assertThat(m.attempts()).as(m.eventKey()).isZero();
        });
        assertThat(rows).filteredOn(m -> m.eventKey().startsWith("study:" + selfWithdrawn + ":"))
                .extracting(OutboxMessage::eventKey).containsExactly("study:" + selfWithdrawn + ":status:SUBMITTED:1");
    }

    @Test
    void aMailWrittenWhileTheMailServerIsDownIsDeliveredOnceItIsBack() throws Exception {
        ApiClient submitter = as("mail-indiener-storing");
        smtp.stop();
        String study;
        try {
            study = submit(submitter, "Ingediend tijdens een storing", 2022);
            OutboxMessage failing = await(() -> rowOf(study).filter(m -> m.attempts() >= 2).isPresent(),
                    "two failed attempts recorded") ? rowOf(study).orElseThrow() : null;
            assertThat(failing.sent()).isFalse();
            assertThat(failing.lastError()).containsIgnoringCase("connect");
        } finally {
            smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            smtp.start();
        }
        Mail receipt = awaitMail(OUTAGE_SUBMITTER, "Studie ontvangen: Ingediend tijdens een storing");
        assertThat(receipt.body()).contains("https://methodetoets.example.nl/studies/" + study);
        awaitDispatcherPast(List.of(study));
        assertThat(subjects(mailsTo(OUTAGE_SUBMITTER))).containsExactly("Studie ontvangen: Ingediend tijdens een storing");
        OutboxMessage delivered = rowOf(study).orElseThrow();
        assertThat(delivered.sent()).isTrue();
        assertThat(delivered.attempts()).isGreaterThanOrEqualTo(2);
        assertThat(delivered.lastError()).isNull();
    }

    @Test
    void theOutboxPageIsForAdministratorsOnly() {
        String study = submit(as("mail-indiener-outbox"), "Zichtbaar in de outbox", 2023);
        await(() -> rowOf(study).isPresent(), "the receipt in the outbox");

        assertThat(as("mail-indiener").get("/admin/outbox").status()).isEqualTo(403);
        assertThat(as("mail-secretaris").get("/admin/outbox").status()).isEqualTo(403);
        assertThat(new ApiClient(port, null, null).get("/admin/outbox").status()).isIn(302, 401);
        ApiClient.Response page = new ApiClient(port, "admin", ADMIN_PASSWORD).get("/admin/outbox");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("<h1>Uitgaande e-mail</h1>")
                .contains("Studie ontvangen: Zichtbaar in de outbox")
                .contains(PAGE_SUBMITTER)
                .contains("study:" + study + ":status:SUBMITTED:1")
                .contains("href=\"/admin/outbox\"");
        ApiClient.Response english = new ApiClient(port, "admin", ADMIN_PASSWORD).get("/admin/outbox?lang=en");
        assertThat(english.text()).contains("<h1>Outgoing e-mail</h1>");
        assertThat(as("mail-indiener").get("/").text()).doesNotContain("href=\"/admin/outbox\"");
    }

    // --- helpers

    record Mail(String to, String from, String subject, String body) {
    }

    /**
     * Waits until every outbox row of these studies is sent and then for two more whole dispatcher rounds: past
     * that point a mail sent twice (or a row sent again) would already have arrived.
     */
    private void awaitDispatcherPast(List<String> studies) {
        await(() -> outbox.latest(500).stream()
                .filter(m -> studies.stream().anyMatch(id -> m.eventKey().startsWith("study:" + id + ":")))
                .allMatch(OutboxMessage::sent), "every mail of " + studies + " sent");
        DispatcherRounds.awaitMore(context, 2, Duration.ofSeconds(30));
    }

    private java.util.Optional<OutboxMessage> rowOf(String studyId) {
        return outbox.latest(500).stream().filter(m -> m.eventKey().startsWith("study:" + studyId + ":")).findFirst();
    }

    private static List<String> subjects(List<Mail> mails) {
        return mails.stream().map(Mail::subject).toList();
    }

    private static List<Mail> mailsTo(String address) {
        List<Mail> mails = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            try {
                List<String> to = Arrays.stream(message.getAllRecipients()).map(Address::toString).toList();
                if (to.contains(address)) {
                    mails.add(new Mail(address, message.getFrom()[0].toString(), message.getSubject(),
                            ((String) message.getContent()).replace("\r\n", "\n")));
                }
            } catch (MessagingException | IOException e) {
                throw new AssertionError(e);
            }
        }
        return mails;
    }

    private static Mail awaitMail(String address, String subject) {
        List<Mail>[] found = new List[1];
        await(() -> {
            found[0] = mailsTo(address).stream().filter(m -> m.subject().equals(subject)).toList();
            return !found[0].isEmpty();
        }, "mail to " + address + ": " + subject);
        return found[0].get(0);
    }

    private static boolean await(BooleanSupplier condition, String what) {
        Await.until(Duration.ofSeconds(60), what, condition);
        return true;
    }

    private String submit(ApiClient submitter, String title, int year) {
        Map<String, Object> metadata = Scenario.metadata(title, "mail-gemeente", year, "EFFECT", "WONEN");
        metadata.put("wijken", List.of("Kanaleneiland"));
        return Scenario.submit(submitter, metadata, DemoReports.pdf(title, 4)).id();
    }

    private static void complete(ApiClient client, JsonNode task, Map<String, ?> body) {
        Scenario.complete(client, task, body, 204);
    }

    private ApiClient as(String user) {
        return people.as(user);
    }
}
