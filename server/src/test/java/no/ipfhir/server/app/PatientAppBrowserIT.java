package no.ipfhir.server.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import no.ipfhir.server.support.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * "Min plan" in a real browser: the packaged server on a fresh PostgreSQL database with the built-in
 * trial issuer ({@code FHIR_SECURITY_TRIAL_ISSUER=true}) and its seeded example plans, and Playwright
 * ({@code src/test/js/patient-app-browser}) driving the machine's Chromium ({@code /usr/bin/chromium},
 * headless) through the SMART login, the three pages and the consent withdrawal. Screenshots at 360 and
 * 1280 px are kept in {@code target/browser-screenshots/}. Needs Node.js, npm and Chromium.
 */
class PatientAppBrowserIT {

    private static final Path JAR = Path.of("target", "ip-fhir-server.jar");
    private static final Path TEST_SOURCE = Path.of("src", "test", "js", "patient-app-browser");
    private static final Path TEST = Path.of("target", "patient-app-browser");
    private static final Path SCREENSHOTS =
            Path.of("target", "browser-screenshots").toAbsolutePath();
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Duration STARTUP = Duration.ofMinutes(15);

    private static Process server;
    private static Path log;
    private static int port;
    private static JsonNode seen;

    @BeforeAll
    static void startTheServerAndRunTheBrowser() throws Exception {
        assertThat(CHROMIUM)
                .as("Chromium (apt-get install chromium), which the browser tests drive")
                .exists();
        assertThat(JAR).as("the packaged server (mvn package)").exists();
        TestDatabase suite = TestDatabase.get();
        String url = freshDatabase(suite);
        port = freePort();
        Path folder = Files.createTempDirectory("ip-fhir-browser");
        log = folder.resolve("server.log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(
                        List.of(java, "-Xmx768m", "-jar", JAR.toAbsolutePath().toString(), "--server.port=" + port))
                .directory(folder.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment()
                .putAll(Map.of(
                        "FHIR_DB_URL",
                        url,
                        "FHIR_DB_USER",
                        suite.user(),
                        "FHIR_DB_PASSWORD",
                        suite.password() == null ? "" : suite.password(),
                        "FHIR_SECURITY_TRIAL_ISSUER",
                        "true"));
        server = builder.start();
        awaitReadiness();

        installTest();
        String output = run(
                List.of("node", "browser-test.mjs"),
                Map.of(
                        "BASE", "http://127.0.0.1:" + port,
                        "SHOTS", SCREENSHOTS.toString(),
                        "CHROMIUM", CHROMIUM.toString()));
        seen = new ObjectMapper()
                .readTree(output.lines().reduce((first, last) -> last).orElseThrow());
        assertThat(seen.path("ok").asBoolean())
                .as("the browser run failed at %s: %s", seen.path("failedAt"), seen.path("error"))
                .isTrue();
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (server != null) {
            server.destroy();
            if (!server.waitFor(60, TimeUnit.SECONDS)) {
                server.destroyForcibly().waitFor();
            }
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

    /** A database of its own beside the suite's, so the seeded plans meet no other test's data. */
    private static String freshDatabase(TestDatabase suite) throws Exception {
        URI uri = URI.create(suite.url().substring("jdbc:".length()));
        String name = uri.getPath().substring(1) + "_browser";
        String url = "jdbc:postgresql://" + uri.getHost() + ":" + (uri.getPort() < 0 ? 5432 : uri.getPort()) + "/";
        try (var connection = DriverManager.getConnection(url + "postgres", suite.user(), suite.password());
                var statement = connection.createStatement()) {
            statement.execute("drop database if exists \"" + name + "\" with (force)");
            statement.execute("create database \"" + name + "\"");
        }
        return url + name;
    }

    private static void awaitReadiness() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(STARTUP);
        while (Instant.now().isBefore(deadline)) {
            if (!server.isAlive()) {
                throw new AssertionError("The server exited with " + server.exitValue() + ": " + Files.readString(log));
            }
            try {
                HttpResponse<String> readiness = http.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (readiness.statusCode() == 200 && readiness.body().contains("UP")) {
                    return;
                }
            } catch (IOException notYetListening) {
                // still starting
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("The server was not ready within " + STARTUP + ": " + Files.readString(log));
    }

    private static void installTest() throws IOException, InterruptedException {
        Files.createDirectories(TEST);
        for (String file : List.of("package.json", "package-lock.json", "browser-test.mjs")) {
            Files.copy(TEST_SOURCE.resolve(file), TEST.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
        if (!Files.isDirectory(TEST.resolve("node_modules/playwright-core"))) {
            run(List.of("npm", "ci", "--no-audit", "--no-fund"), Map.of());
        }
    }

    private static String run(List<String> command, Map<String, String> environment)
            throws IOException, InterruptedException {
        ProcessBuilder builder =
                new ProcessBuilder(command).directory(TEST.toFile()).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError(command + " did not finish within 10 minutes");
        }
        assertThat(process.exitValue()).as(command + ":\n" + output).isZero();
        return output;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
