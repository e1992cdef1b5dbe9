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
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import no.ipfhir.server.support.TestDatabase;

/**
 * For the browser tests: the packaged server on a fresh PostgreSQL database with the built-in trial issuer
 * ({@code FHIR_SECURITY_TRIAL_ISSUER=true}) and its seeded example plans, and a Playwright script from
 * {@code src/test/js/browser} run against it in the machine's Chromium ({@code /usr/bin/chromium},
 * headless). Screenshots go to {@code target/browser-screenshots/}. Needs Node.js, npm and Chromium.
 */
final class TrialServerForBrowser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target", "browser-screenshots").toAbsolutePath();

    private static final Path JAR = Path.of("target", "ip-fhir-server.jar");
    private static final Path TEST_SOURCE = Path.of("src", "test", "js", "browser");
    private static final Path TEST = Path.of("target", "browser");
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Duration STARTUP = Duration.ofMinutes(15);

    private final Process server;
    private final Path log;
    private final int port;

    private TrialServerForBrowser(Process server, Path log, int port) {
        this.server = server;
        this.log = log;
        this.port = port;
    }

    /** Starts the server on a database of its own ({@code <suite database>_<purpose>}) and waits until it is ready. */
    static TrialServerForBrowser start(String purpose) throws Exception {
        assertThat(CHROMIUM)
                .as("Chromium (apt-get install chromium), which the browser tests drive")
                .exists();
        assertThat(JAR).as("the packaged server (mvn package)").exists();
        TestDatabase suite = TestDatabase.get();
        String url = freshDatabase(suite, purpose);
        int port = freePort();
        Path folder = Files.createTempDirectory("ip-fhir-browser");
        Path log = folder.resolve("server.log");
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
        TrialServerForBrowser started = new TrialServerForBrowser(builder.start(), log, port);
        started.awaitReadiness();
        return started;
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    /** A token of the trial issuer's back end ({@code ip-trial-backend}, client credentials), e.g. to load plans. */
    String backEndToken() throws IOException, InterruptedException {
        String basic = Base64.getEncoder().encodeToString("ip-trial-backend:trial".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(base() + "/oauth2/token"))
                                .header("Authorization", "Basic " + basic)
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(
                                        "grant_type=client_credentials&scope=system/*.cruds"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return new ObjectMapper().readTree(response.body()).path("access_token").asText();
    }

    /**
     * Runs {@code script} (in {@code src/test/js/browser}) with {@code BASE}, {@code SHOTS} and {@code CHROMIUM}
     * set, and returns the JSON line it prints last; fails where the script says it failed.
     */
    JsonNode runBrowser(String script, Map<String, String> environment) throws IOException, InterruptedException {
        installTest();
        Map<String, String> all = new HashMap<>(environment);
        all.putAll(Map.of("BASE", base(), "SHOTS", SCREENSHOTS.toString(), "CHROMIUM", CHROMIUM.toString()));
        String output = run(List.of("node", script), all);
        JsonNode seen = new ObjectMapper()
                .readTree(output.lines().reduce((first, last) -> last).orElseThrow());
        System.out.println(script + " saw: " + seen);
        assertThat(seen.path("ok").asBoolean())
                .as("the browser run failed at %s: %s", seen.path("failedAt"), seen.path("error"))
                .isTrue();
        return seen;
    }

    @Override
    public void close() throws InterruptedException {
        server.destroy();
        if (!server.waitFor(60, TimeUnit.SECONDS)) {
            server.destroyForcibly().waitFor();
        }
    }

    /** A database of its own beside the suite's, so the seeded plans meet no other test's data. */
    private static String freshDatabase(TestDatabase suite, String purpose) throws Exception {
        URI uri = URI.create(suite.url().substring("jdbc:".length()));
        String name = uri.getPath().substring(1) + "_" + purpose;
        String url = "jdbc:postgresql://" + uri.getHost() + ":" + (uri.getPort() < 0 ? 5432 : uri.getPort()) + "/";
        try (var connection = DriverManager.getConnection(url + "postgres", suite.user(), suite.password());
                var statement = connection.createStatement()) {
            statement.execute("drop database if exists \"" + name + "\" with (force)");
            statement.execute("create database \"" + name + "\"");
        }
        return url + name;
    }

    private void awaitReadiness() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(STARTUP);
        while (Instant.now().isBefore(deadline)) {
            if (!server.isAlive()) {
                throw new AssertionError("The server exited with " + server.exitValue() + ": " + Files.readString(log));
            }
            try {
                HttpResponse<String> readiness = http.send(
                        HttpRequest.newBuilder(URI.create(base() + "/actuator/health/readiness"))
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
        try (var files = Files.list(TEST_SOURCE)) {
            for (Path file : files.toList()) {
                Files.copy(file, TEST.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
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
