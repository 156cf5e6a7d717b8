package nl.methodetoets.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import nl.methodetoets.notification.Outbox;
import nl.methodetoets.notification.OutboxMessage;
import nl.methodetoets.testing.Await;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Without a configured {@code methodetoets.base-url}, links in mails point at the port the app actually runs on. */
class MailLinksTest extends ApplicationTestBase {

    @Autowired
    Outbox outbox;

    @Test
    void linksFollowThePortTheAppRunsOn() {
        Scenario people = new Scenario(port, admin()).organisations("links-gemeente");
        ApiClient submitter = people.user("links-indiener", "links-gemeente", "SUBMITTER");
        String study = Scenario.submit(submitter, "Links naar de juiste poort", "links-gemeente", "EFFECT").id();
        OutboxMessage receipt = Await.value(Duration.ofSeconds(30), "the receipt in the outbox", () -> outbox.latest(500)
                .stream().filter(m -> m.eventKey().equals("study:" + study + ":status:SUBMITTED:1")).findFirst()
                .map(Optional::of).orElse(Optional.empty()));
        assertThat(receipt.body()).contains("http://localhost:" + port + "/studies/" + study);
    }
}
