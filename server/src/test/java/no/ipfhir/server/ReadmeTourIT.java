package no.ipfhir.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A newcomer's first hour, as the README writes it: the server started by the README's command
 * ({@code server/bin/ip-fhir-server}, embedded default, in an empty folder, on another port via
 * {@code SERVER_PORT}), then the five-minute tour's {@code curl} commands copied from the README and
 * run by a shell exactly as written, with only the port changed.
 */
class ReadmeTourIT {

    private static final Path MODULE = Path.of("").toAbsolutePath();
    private static final Path REPOSITORY = MODULE.getParent();
    private static final Path LAUNCHER = MODULE.resolve("bin/ip-fhir-server");
    private static final Duration STARTUP = Duration.ofMinutes(10);
    private static final Pattern SHELL_BLOCK = Pattern.compile("```sh\\n(.*?)```", Pattern.DOTALL);

    private static Path folder;
    private static Path log;
    private static Process server;
    private static int port;

    @BeforeAll
    static void startTheServerAsTheReadmeSays() throws Exception {
        folder = Files.createTempDirectory("ip-fhir-tour");
        log = folder.resolve("server.log");
        port = freePort();
        ProcessBuilder launcher = new ProcessBuilder(LAUNCHER.toString())
                .directory(folder.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        launcher.environment().put("SERVER_PORT", String.valueOf(port));
        launcher.environment().remove("JAVA_OPTS");
        server = launcher.start();
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(STARTUP);
        while (Instant.now().isBefore(deadline)) {
            if (!server.isAlive()) {
                throw new AssertionError("The server exited with " + server.exitValue() + ": " + Files.readString(log));
            }
            try {
                // Ready, not merely listening: the trial issuer's example plans are stored by then.
                HttpResponse<String> readiness = http.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/readiness"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (readiness.statusCode() == 200 && readiness.body().contains("UP")) {
                    return;
                }
            } catch (IOException notYetListening) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new AssertionError("The server did not answer within " + STARTUP + ": " + Files.readString(log));
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
    void theTourWorksAsWritten() throws Exception {
        String tour = section(Files.readString(REPOSITORY.resolve("README.md")), "## A five-minute tour");
        Matcher blocks = SHELL_BLOCK.matcher(tour);
        assertThat(blocks.find()).as("the tour has a sh block").isTrue();
        String script = "set -eu\n" + blocks.group(1).replace("localhost:8080", "localhost:" + port);

        String output = run(script);

        assertThat(output).as(output).containsPattern("(?m)^CarePlan/\\d+$");
        assertThat(output).contains("\"resourceType\":\"CarePlan\"", "Individuell plan for Per Hansen");
        assertThat(output)
                .contains("\"resourceType\":\"Bundle\"", "\"type\":\"searchset\"", "\"total\":1", "12885851264");
        assertThat(output.split("\"type\":\"document\"", -1))
                .as("two $ip-summary documents")
                .hasSize(3);
        assertThat(output).doesNotContain("OperationOutcome");
    }

    @Test
    void theRefusalTheTourSuggestsIsAnOperationOutcome() throws Exception {
        String tour = section(Files.readString(REPOSITORY.resolve("README.md")), "## A five-minute tour");
        Matcher command = Pattern.compile("`(curl -s -X POST http://localhost:8080/fhir/Patient [^`]*)`")
                .matcher(tour);
        assertThat(command.find()).isTrue();

        Matcher blocks = SHELL_BLOCK.matcher(tour);
        assertThat(blocks.find()).isTrue();
        String token = blocks.group(1).substring(0, blocks.group(1).indexOf("# 1."));

        String output = run((token + command.group(1)).replace("localhost:8080", "localhost:" + port));
        String withoutToken = run(command.group(1).replace("localhost:8080", "localhost:" + port));

        assertThat(output).contains("\"resourceType\":\"OperationOutcome\"", "Patient.identifier");
        // The 401 comes from the security filter, before the FHIR endpoint, and is pretty-printed.
        assertThat(withoutToken)
                .containsPattern("\"resourceType\"\\s*:\\s*\"OperationOutcome\"")
                .contains("\"code\": \"login\"")
                .doesNotContain("Patient.identifier");
    }

    @Test
    void theLauncherStartsWithoutWarningsOfItsOwn() throws IOException {
        List<String> warnings = new ArrayList<>();
        for (String line : Files.readAllLines(log)) {
            if (line.contains("[warning]") || line.contains(" WARN ") || line.contains(" ERROR ")) {
                warnings.add(line);
            }
        }

        // The one warning the embedded default gives on purpose: it issues tokens to public test users.
        assertThat(warnings)
                .allMatch(
                        line -> line.contains("authentication.SecurityConfig")
                                || line.contains("FhirEndpointHealthIndicator"),
                        "only the trial-issuer warning (and readiness probing a server still warming up)");
        assertThat(Files.readString(log)).contains("TRIAL ISSUER").doesNotContain("NewSize");
    }

    @Test
    void structuredLoggingSettingWritesJsonLines() throws Exception {
        Path jsonFolder = Files.createTempDirectory("ip-fhir-json-logs");
        Path jsonLog = jsonFolder.resolve("server.log");
        ProcessBuilder launcher = new ProcessBuilder(LAUNCHER.toString())
                .directory(jsonFolder.toFile())
                .redirectErrorStream(true)
                .redirectOutput(jsonLog.toFile());
        launcher.environment().put("SERVER_PORT", String.valueOf(freePort()));
        launcher.environment().put("LOGGING_STRUCTURED_FORMAT_CONSOLE", "ecs");
        Process process = launcher.start();
        try {
            Instant deadline = Instant.now().plus(STARTUP);
            String jsonLine = null;
            while (jsonLine == null && Instant.now().isBefore(deadline) && process.isAlive()) {
                jsonLine = Files.readAllLines(jsonLog).stream()
                        .filter(l -> l.startsWith("{"))
                        .findFirst()
                        .orElse(null);
                Thread.sleep(200);
            }
            assertThat(jsonLine).as(Files.readString(jsonLog)).isNotNull();
            var event = new com.fasterxml.jackson.databind.ObjectMapper().readTree(jsonLine);
            assertThat(event.has("@timestamp")).isTrue();
            assertThat(event.has("log.level") || event.path("log").has("level"))
                    .as(jsonLine)
                    .isTrue();
            assertThat(event.path("message").asText()).isNotEmpty();
        } finally {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    private static String run(String script) throws IOException, InterruptedException {
        Process shell = new ProcessBuilder("bash", "-c", script)
                .directory(REPOSITORY.toFile())
                .redirectErrorStream(true)
                .start();
        String output = new String(shell.getInputStream().readAllBytes());
        assertThat(shell.waitFor()).as(output).isZero();
        return output;
    }

    private static String section(String readme, String heading) {
        int start = readme.indexOf(heading + "\n");
        assertThat(start).as("README has " + heading).isNotNegative();
        int end = readme.indexOf("\n## ", start + heading.length());
        return readme.substring(start, end < 0 ? readme.length() : end);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
