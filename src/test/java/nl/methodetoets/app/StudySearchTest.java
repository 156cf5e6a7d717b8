package nl.methodetoets.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import nl.methodetoets.demo.DemoReports;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The secretariat finds studies by year, status, organisation, theme, study type and free text (title, summary and
 * the report's own text, case-insensitive); a submitter searches only within their own organisation.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StudySearchTest extends ApplicationTestBase {
    private static final String HAAGSE = "Zoek: Haagse veiligheidsmonitor";
    private static final String TWENTSE = "Zoek: Twentse effectstudie werk";
    private static final String OUDE = "Zoek: oude studie 100% wonen_en_leven";

    @BeforeAll
    void studies() {
        Scenario.organisation(admin(), "zoek-den-haag");
        Scenario.organisation(admin(), "zoek-twente");
        Scenario.user(admin(), "zoek-indiener-haag", "zoek-den-haag", "SUBMITTER");
        Scenario.user(admin(), "zoek-indiener-twente", "zoek-twente", "SUBMITTER");
        Scenario.user(admin(), "zoek-secretaris", "zoek-twente", "SECRETARIAT");
        submit("zoek-indiener-haag", Scenario.metadata(HAAGSE, "zoek-den-haag", 2012, "MONITOR", "VEILIGHEID", "LEEFBAARHEID"),
                DemoReports.pdf("Monitor", 1, List.of("De nulmeting in Transvaal laat een daling van de Woninginbraken zien.")));
        submit("zoek-indiener-twente", Scenario.metadata(TWENTSE, "zoek-twente", 2013, "EFFECT", "WERKEN"),
                DemoReports.pdf("Effecten", 1, List.of("Verschil-in-verschillen met vergelijkingswijken in Enschede.")));
        Map<String, Object> old = Scenario.metadata(OUDE, "zoek-den-haag", 2011, "PROCESS", "WONEN");
        old.put("summary", "Procesevaluatie met KWARTIERMAKERS in de wijk.");
        submit("zoek-indiener-haag", old, DemoReports.pdf("Proces", 1, List.of("Interviews met bewoners.")));
    }

    @Test
    void filtersByYearStatusOrganisationThemeAndType() {
        assertThat(search("year=2012")).containsExactly(HAAGSE);
        assertThat(search("organisation=zoek-den-haag")).containsExactlyInAnyOrder(HAAGSE, OUDE);
        assertThat(search("theme=LEEFBAARHEID")).containsExactly(HAAGSE);
        assertThat(search("theme=WONEN")).containsExactly(OUDE);
        assertThat(search("studyType=EFFECT")).containsExactly(TWENTSE);
        assertThat(search("status=IN_INTAKE&organisation=zoek-twente")).containsExactly(TWENTSE);
        assertThat(search("status=ASSESSED")).isEmpty();
        assertThat(search("organisation=zoek-den-haag&studyType=MONITOR&year=2012&theme=VEILIGHEID")).containsExactly(HAAGSE);
    }

    @Test
    void freeTextSearchesTitleSummaryAndReportTextIgnoringCase() {
        assertThat(search("q=veiligheidsMONITOR")).containsExactly(HAAGSE);
        assertThat(search("q=kwartiermakers")).containsExactly(OUDE);
        assertThat(search("q=WONINGINBRAKEN")).as("a word only in the report's text").containsExactly(HAAGSE);
        assertThat(search("q=vergelijkingswijken in enschede")).containsExactly(TWENTSE);
        assertThat(search("q=bestaat-nergens")).isEmpty();
    }

    @Test
    void wildcardCharactersInTheTextAreLiteral() {
        assertThat(search("q=%")).as("% matches only a real percent sign").containsExactly(OUDE);
        assertThat(search("q=wonen_en")).containsExactly(OUDE);
        assertThat(search("q=Zoek_")).as("_ is not a single-character wildcard").isEmpty();
        assertThat(search("q=' or 1=1 --")).isEmpty();
    }

    @Test
    void aSubmitterSearchesOnlyTheirOwnOrganisation() {
        ApiClient haag = new ApiClient(port, "zoek-indiener-haag", Scenario.PASSWORD);
        assertThat(haag.get("/api/studies?q=zoek").json().findValuesAsText("title")).containsExactlyInAnyOrder(HAAGSE, OUDE);
        assertThat(haag.get("/api/studies?organisation=zoek-twente").json().findValuesAsText("title")).isEmpty();
        assertThat(haag.get("/api/studies?q=enschede").json().findValuesAsText("title")).isEmpty();
    }

    @Test
    void theStudiesPageSearchesTooAndSaysMijnStudiesToASubmitter() {
        UiSession secretariat = UiSession.login(port, "zoek-secretaris", Scenario.PASSWORD);
        String page = secretariat.get("/studies?q=woninginbraken&theme=&studyType=").body();
        assertThat(page).contains(HAAGSE).doesNotContain(TWENTSE).doesNotContain(">Mijn studies<").contains(">Intakewachtrij<");
        String submitterPage = UiSession.login(port, "zoek-indiener-twente", Scenario.PASSWORD).get("/studies").body();
        assertThat(submitterPage).contains("<h1>Mijn studies</h1>").contains(">Mijn studies</a>")
                .contains(TWENTSE).doesNotContain(HAAGSE).doesNotContain(">Intakewachtrij<");
    }

    @Test
    void anUnknownFilterValueIs400() {
        ApiClient.Response response = secretariat().get("/api/studies?theme=SPORT");
        assertThat(response.status()).isEqualTo(400);
    }

    private List<String> search(String query) {
        // raw: the client encodes the query (a space becomes %20, a percent sign %25)
        ApiClient.Response response = secretariat().get("/api/studies?" + query);
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        return response.json().findValuesAsText("title").stream().filter(t -> t.startsWith("Zoek:")).toList();
    }

    private ApiClient secretariat() {
        return new ApiClient(port, "zoek-secretaris", Scenario.PASSWORD);
    }

    private void submit(String user, Map<String, Object> metadata, byte[] pdf) {
        Scenario.submit(new ApiClient(port, user, Scenario.PASSWORD), metadata, pdf);
    }
}
