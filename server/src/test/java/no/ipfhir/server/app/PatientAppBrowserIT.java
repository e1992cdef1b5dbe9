package no.ipfhir.server.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * "Min plan" in a real browser: the packaged server on a fresh PostgreSQL database with the built-in
 * trial issuer ({@code FHIR_SECURITY_TRIAL_ISSUER=true}) and its seeded example plans, and Playwright
 * ({@code src/test/js/browser/patient-app.mjs}, by {@link TrialServerForBrowser}) driving the machine's Chromium ({@code /usr/bin/chromium},
 * headless) through the SMART login, the three pages and the consent withdrawal. Screenshots at 360 and
 * 1280 px are kept in {@code target/browser-screenshots/}. Needs Node.js, npm and Chromium.
 */
class PatientAppBrowserIT {

    private static final Path SCREENSHOTS = TrialServerForBrowser.SCREENSHOTS;

    private static TrialServerForBrowser server;
    private static JsonNode seen;

    @BeforeAll
    static void startTheServerAndRunTheBrowser() throws Exception {
        server = TrialServerForBrowser.start("browser");
        seen = server.runBrowser("patient-app.mjs", Map.of());
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void patientASeesTheirGoalsTiltakAndKoordinatorAndNothingOfPatientB() {
        assertThat(seen.path("planHeading").asText()).isEqualTo("Individuell plan for Per Hansen");
        assertThat(seen.path("coordinator").asText()).contains("Lise Berg", "Fjordvik kommune");
        assertThat(texts("goals"))
                .contains(
                        "Jeg vil gå tur med hunden rundt vannet igjen, alene",
                        "Gå 500 meter med rullator uten pause",
                        "Tilbake i jobben min, først i halv stilling");
        assertThat(texts("tiltak"))
                .contains("Fysioterapi i hjemmet: gangtrening og balanse", "Turer med kona i nærområdet");
        assertThat(seen.path("team").toString()).contains("Anne Hansen", "Jonas Dahl");
        // How to reach the koordinator: her work phone and e-mail as links; each role by its name in the package
        assertThat(seen.path("coordinator").asText()).contains("+47 99 00 01 10", "lise.berg@fjordvik-kommune.example");
        assertThat(texts("coordinatorLinks"))
                .containsExactly("tel:+47 99 00 01 10", "mailto:lise.berg@fjordvik-kommune.example");
        assertThat(texts("team"))
                .anyMatch(row -> row.contains("Anne Hansen") && row.endsWith("Pårørende"))
                .anyMatch(row -> row.contains("Jonas Dahl") && row.endsWith("Fastlege"))
                .noneMatch(row -> row.endsWith("parorende") || row.endsWith("fastlege"));
        assertThat(texts("englishTeam")).anyMatch(row -> row.endsWith("Regular general practitioner"));
        assertThat(seen.path("mentionsPatientB").asBoolean()).isFalse();
        assertThat(seen.path("patientBHeading").asText()).isEqualTo("Individuell plan for Emma Larsen");
        assertThat(seen.path("patientBSeesA").asBoolean()).isFalse();
    }

    @Test
    void theOwnGoalEvaluationAndMessageAreWrittenAndTheKoordinatorsEhrReadsThem() {
        assertThat(seen.path("goalNotice").asText()).isEqualTo("Målet er lagt til.");
        assertThat(seen.path("evaluationNotice").asText()).isEqualTo("Evalueringen er lagret.");
        assertThat(seen.path("messageNotice").asText()).isEqualTo("Meldingen er sendt til ansvarsgruppen.");
        assertThat(seen.path("ownGoalShown").asBoolean()).isTrue();
        assertThat(seen.path("ownEvaluationShown").asBoolean()).isTrue();
        assertThat(seen.path("ehrSeesGoal").asBoolean()).isTrue();
        assertThat(seen.path("ehrGoalExpressedBy").asText())
                .isEqualTo("Patient/" + seen.path("patientId").asText());
        assertThat(seen.path("ehrSeesEvaluation").asBoolean()).isTrue();
        assertThat(seen.path("ehrEvaluationFocus").asText())
                .isEqualTo(seen.path("ehrGoalId").asText());
        assertThat(seen.path("ehrSeesMessage").asBoolean()).isTrue();
    }

    @Test
    void theRelativeSeesThePlanUntilThePatientWithdrawsAndThenNothing() {
        assertThat(seen.path("relativeBefore").asText()).isEqualTo("Individuell plan for Per Hansen");
        assertThat(seen.path("relativeNav").asText()).doesNotContain("Mine ord", "Hvem kan se planen");
        assertThat(seen.path("withdrawNotice").asText()).isEqualTo("Samtykket er endret.");
        assertThat(seen.path("restoreOffered").asBoolean()).isTrue();
        assertThat(seen.path("relativeAfter").asText())
                .contains("Du har ikke tilgang til noen plan")
                .doesNotContain("Per Hansen", "Lise Berg", "hunden");
        assertThat(seen.path("relativeCarePlansAfter").asInt()).isZero();
        assertThat(seen.path("restoreNotice").asText()).isEqualTo("Samtykket er endret.");
        assertThat(seen.path("withdrawOfferedAgain").asBoolean()).isTrue();
    }

    @Test
    void theAuditTrailShowsWhoReadThePlan() {
        assertThat(seen.path("auditRows").asInt()).isPositive();
        // Rows are "when<TAB>who<TAB>what": each names who and what was done to which kinds of resource.
        List<String[]> rows = seen.path("auditText")
                .asText()
                .lines()
                .skip(1)
                .map(line -> line.split("\t"))
                .filter(cells -> cells.length == 3)
                .toList();
        assertThat(rows).as(seen.path("auditText").asText()).isNotEmpty().allSatisfy(cells -> {
            assertThat(cells[1]).isNotBlank();
            assertThat(cells[2]).matches("(søkt|lest|opprettet|endret): \\p{Lu}.*");
        });
    }

    @Test
    void everyPageHasNoSeriousOrCriticalAccessibilityViolationAndFitsA360PixelPhone() {
        for (String page : List.of("start", "login", "plan", "words", "access")) {
            assertThat(seen.path("axe").path(page).path("seriousOrCritical").size())
                    .as("axe-core on %s: %s", page, seen.path("axe").path(page))
                    .isZero();
        }
        assertThat(seen.path("planOverflows360").asBoolean()).isFalse();
        assertThat(seen.path("wordsOverflows360").asBoolean()).isFalse();
        assertThat(seen.path("accessOverflows360").asBoolean()).isFalse();
        for (String name : List.of("plan", "words", "access")) {
            assertThat(SCREENSHOTS.resolve(name + "-360.png")).isNotEmptyFile();
            assertThat(SCREENSHOTS.resolve(name + "-1280.png")).isNotEmptyFile();
        }
    }

    @Test
    void bokmalComesFirstAndNynorskAndEnglishCanBeChosen() {
        assertThat(seen.path("nynorskNav").asText()).contains("Kven kan sjå planen");
        assertThat(seen.path("englishNav").asText()).contains("Who may see my plan");
    }

    private static List<String> texts(String field) {
        return seen.path(field).valueStream().map(JsonNode::asText).toList();
    }
}
