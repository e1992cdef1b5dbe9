package no.ipfhir.server.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import no.ipfhir.population.Loader;
import no.ipfhir.population.PlanGenerator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The styringsdata page in a real browser: the packaged server on a fresh PostgreSQL database with the
 * trial issuer, its two example plans (Fjordvik) and {@value #PLANS} generated plans, and Playwright
 * ({@code src/test/js/browser/styringsdata.mjs}, by {@link TrialServerForBrowser}) logging in as the
 * leader {@code leder-a}. The page's figures are compared with what {@code $evaluate-measure} answers the
 * same token; the token reaches aggregates only.
 */
class StyringsdataBrowserIT {

    private static final int PLANS = 60;
    private static final Path SCREENSHOTS = TrialServerForBrowser.SCREENSHOTS;

    private static TrialServerForBrowser server;
    private static JsonNode seen;

    @BeforeAll
    static void startTheServerLoadPlansAndRunTheBrowser() throws Exception {
        server = TrialServerForBrowser.start("styringsdata");
        long seed = System.nanoTime();
        PlanGenerator generator = new PlanGenerator(seed, LocalDate.now(ZoneId.of("Europe/Oslo")));
        String backEnd = server.backEndToken();
        Loader.Result loaded =
                new Loader(URI.create(server.base() + "/fhir"), () -> backEnd, 2, false).load(generator, 0, PLANS);
        System.out.println("Generated population (seed " + seed + "): " + loaded.summary());
        assertThat(loaded.failures()).as("refused plans").isEmpty();
        seen = server.runBrowser("styringsdata.mjs", Map.of());
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void theLeaderLogsInAndSeesEveryIndicatorAsChartsWithTablesBeside() {
        assertThat(seen.path("startHeading").asText()).isEqualTo("Styringsdata for individuell plan");
        assertThat(seen.path("user").asText()).contains("Kari Nilsen", "991000070");
        assertThat(texts("indicatorHeadings")).hasSize(seen.path("apiReports").asInt());
        assertThat(seen.path("apiReports").asInt()).isGreaterThanOrEqualTo(10);
        // Each indicator: a chart over time and one by municipality (unless nothing can be drawn), two tables
        // (the second a note where no municipality has figures this year).
        assertThat(seen.path("tables").asInt() + seen.path("noStrataNotes").asInt())
                .isEqualTo(2 * seen.path("apiReports").asInt());
        assertThat(seen.path("noStrataNotes").asInt())
                .isLessThan(seen.path("apiReports").asInt());
        assertThat(seen.path("charts").asInt()).isPositive();
        // The leader's own municipality (Fjordvik, where the example plans are) is chosen first.
        assertThat(seen.path("defaultMunicipality").asText()).isEqualTo("4699");
        assertThat(texts("municipalities")).contains("4699");
    }

    @Test
    void theTablesShowTheFiguresTheApiReturnsForTheSameToken() {
        assertThat(seen.path("pageCountryActive").asText())
                .isEqualTo(seen.path("apiCountryActive").asText())
                .matches("\\d[\\d ]*");
        assertThat(Integer.parseInt(seen.path("apiCountryActive").asText().replace(" ", "")))
                .as("persons with an active plan this year, whole country")
                .isGreaterThanOrEqualTo(5);
        assertThat(seen.path("pageChosenActive").asText())
                .as("municipality %s", seen.path("chosen").asText())
                .isEqualTo(seen.path("apiChosenActive").asText());
        assertThat(seen.path("pageChosenByMunicipality").asText())
                .isEqualTo(seen.path("apiChosenInStrata").asText());
    }

    @Test
    void whatTheApiMasksThePageShowsAsLessThanFive() {
        assertThat(texts("maskedByApi"))
                .as("the API masks some municipality's count")
                .isNotEmpty();
        assertThat(texts("maskedOnPage")).isEqualTo(texts("maskedByApi"));
        assertThat(seen.path("pageSaysWhatLessThanFiveMeans").asBoolean()).isTrue();
        assertThat(seen.path("leftOutNotes").asInt())
                .as("charts say which points they leave out")
                .isPositive();
    }

    @Test
    void theCsvHoldsTheFiguresShown() {
        assertThat(seen.path("csvName").asText()).startsWith("styringsdata-").endsWith(".csv");
        assertThat(seen.path("csvHeader").asText())
                .isEqualTo("indikator;navn;år;inndeling;område;områdenavn;mål;verdi;enhet;teller;nevner");
        String[] country = seen.path("csvCountryActive").asText().split(";", -1);
        assertThat(country).hasSize(11);
        assertThat(country[0]).isEqualTo("ip-aktiv-plan");
        assertThat(country[5]).isEqualTo("Hele landet");
        assertThat(country[7]).isEqualTo(seen.path("apiCountryActive").asText().replace(" ", ""));
        assertThat(seen.path("csvMaskedLines").asInt()).isPositive();
        // Every stratum the API reports this year, by municipality, health trust and age group, is a line.
        assertThat(texts("apiStrataActive"))
                .anyMatch(s -> s.startsWith("helseforetak "))
                .anyMatch(s -> s.startsWith("aldersgruppe "));
        assertThat(texts("csvStrataActive")).containsExactlyInAnyOrderElementsOf(texts("apiStrataActive"));
    }

    @Test
    void theLeaderBreaksTheFiguresDownByHealthTrustAndAgeGroup() {
        for (String stratifier : List.of("helseforetak", "aldersgruppe")) {
            List<String> api = texts("apiStrata", stratifier);
            assertThat(api).as("the API's %s strata", stratifier).isNotEmpty();
            assertThat(texts("pageStrata", stratifier)).as(stratifier).isEqualTo(api);
        }
        assertThat(seen.path("heading_helseforetak").asText()).startsWith("Etter helseforetak, ");
        assertThat(seen.path("heading_aldersgruppe").asText()).startsWith("Etter aldersgruppe, ");
        // age groups in age order, in words
        assertThat(texts("ageRowHeaders"))
                .isSubsetOf("0–17 år", "18–66 år", "67+ år")
                .isSorted();
    }

    @Test
    void theLeadersTokenReachesAggregatesOnly() {
        assertThat(seen.path("tokenScope").asText().split(" ")).containsExactlyInAnyOrder("openid", "user/Measure.rs");
        assertThat(seen.path("tokenOrgnr").asText()).isEqualTo("991000070");
        assertThat(seen.path("tokenHasPatient").asBoolean()).isFalse();
        assertThat(seen.path("tokenHasFhirUser").asBoolean()).isFalse();
        assertThat(seen.path("patientSearchStatus").asInt()).isEqualTo(403);
        assertThat(seen.path("carePlanSearchStatus").asInt()).isEqualTo(403);
    }

    @Test
    void thePageHasNoSeriousOrCriticalAccessibilityViolationAndFitsA360PixelPhone() {
        for (String page : List.of("start", "figures")) {
            assertThat(seen.path("axe").path(page).path("seriousOrCritical").size())
                    .as("axe-core on %s: %s", page, seen.path("axe").path(page))
                    .isZero();
        }
        assertThat(seen.path("overflows360").asBoolean()).isFalse();
        assertThat(seen.path("keyboardReachesDownload").asBoolean()).isTrue();
        assertThat(SCREENSHOTS.resolve("styringsdata-360.png")).isNotEmptyFile();
        assertThat(SCREENSHOTS.resolve("styringsdata-1280.png")).isNotEmptyFile();
    }

    @Test
    void bokmalComesFirstAndNynorskAndEnglishCanBeChosen() {
        assertThat(seen.path("heading").asText()).isEqualTo("Styringsdata for individuell plan");
        assertThat(seen.path("nynorskShow").asText()).isEqualTo("Vis tala");
        assertThat(seen.path("englishHeading").asText()).isEqualTo("Management data for individual plans");
    }

    private static List<String> texts(String field) {
        return seen.path(field).valueStream().map(JsonNode::asText).toList();
    }

    private static List<String> texts(String field, String key) {
        return seen.path(field).path(key).valueStream().map(JsonNode::asText).toList();
    }
}
