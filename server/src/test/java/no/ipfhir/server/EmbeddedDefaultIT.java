package no.ipfhir.server;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
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
import java.util.List;
import java.util.concurrent.TimeUnit;
import no.ipfhir.server.support.ExamplePlans;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged server with no configuration at all: it starts on its embedded H2 database and
 * Lucene index under ./data, serves /fhir/metadata, and keeps what it stored across a restart.
 */
class EmbeddedDefaultIT {

    private static final Path JAR = Path.of("target", "ip-fhir-server.jar");
    private static final Duration STARTUP = Duration.ofMinutes(5);

    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path workingDirectory;

    @Test
    void embeddedDefaultServesMetadataAndKeepsDataAcrossARestart() throws Exception {
        int port = freePort();
        String location;

        Process first = start(port);
        try {
            HttpResponse<String> metadata = get(port, "/fhir/metadata");
            assertThat(metadata.statusCode()).isEqualTo(200);
            assertThat(metadata.body())
                    .contains("\"resourceType\":\"CapabilityStatement\"", "\"fhirVersion\":\"4.0.1\"");
            assertThat(metadata.body())
                    .as("the trial server says whose tokens it takes")
                    .contains("TRIAL ISSUER");
            assertThat(get(port, "/fhir/Patient").statusCode())
                    .as("access control is on")
                    .isEqualTo(401);
            assertThat(get(port, "/fhir/.well-known/smart-configuration").body())
                    .contains("\"authorization_endpoint\":\"http://localhost:" + port + "/oauth2/authorize\"");
            HttpResponse<String> app = http.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/app/"))
                            .header("Accept", "text/html")
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(app.statusCode()).isEqualTo(200);
            assertThat(app.body()).contains("<title>Min plan</title>");
            String token = trialBackendToken(port);
            assertThat(get(port, "/fhir/Patient?identifier=urn:oid:2.16.578.1.12.4.1.4.1%7C12885851264", token)
                            .body())
                    .as("example plan A is seeded for test user pasient-a")
                    .contains("\"total\":1", "Hansen");

            String plan = FhirContext.forR4Cached()
                    .newJsonParser()
                    .encodeResourceToString(
                            ExamplePlans.fresh(FhirContext.forR4Cached(), ExamplePlans.STROKE_REHABILITATION));
            HttpResponse<String> created = http.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/fhir"))
                            .header("Content-Type", "application/fhir+json")
                            .header("Authorization", "Bearer " + token)
                            .POST(HttpRequest.BodyPublishers.ofString(plan))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
            Bundle response = FhirContext.forR4Cached().newJsonParser().parseResource(Bundle.class, created.body());
            location = response.getEntry().stream()
                    .map(e -> e.getResponse().getLocation())
                    .filter(l -> l.startsWith("CarePlan/"))
                    .findFirst()
                    .orElseThrow();
        } finally {
            stop(first);
        }
        assertThat(workingDirectory.resolve("data/h2")).isDirectory();
        assertThat(workingDirectory.resolve("data/lucene")).isDirectory();

        Process second = start(port);
        try {
            String token = trialBackendToken(port);
            HttpResponse<String> read = get(port, "/fhir/" + location.replaceFirst("/_history/.*$", ""), token);
            assertThat(read.statusCode()).isEqualTo(200);
            assertThat(read.body()).contains("Individuell plan for Per Hansen");
            assertThat(get(port, "/fhir/Goal?_content=hunden", token).body()).contains("tur med hunden");
        } finally {
            stop(second);
        }
    }

    private Process start(int port) throws IOException, InterruptedException {
        assertThat(JAR).as("the packaged server (mvn package)").exists();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(
                        List.of(java, "-Xmx768m", "-jar", JAR.toAbsolutePath().toString(), "--server.port=" + port))
                .directory(workingDirectory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(workingDirectory
                        .resolve("server-" + Instant.now().toEpochMilli() + ".log")
                        .toFile())
                .start();
        Instant deadline = Instant.now().plus(STARTUP);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new AssertionError("The embedded server exited with " + process.exitValue() + ": " + logs());
            }
            try {
                HttpResponse<String> readiness = http.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/readiness"))
                                .timeout(Duration.ofSeconds(10))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (readiness.statusCode() == 200 && readiness.body().contains("UP")) {
                    return process;
                }
            } catch (IOException notYetListening) {
                // still starting
            }
            Thread.sleep(500);
        }
        process.destroyForcibly();
        throw new AssertionError("The embedded server was not ready within " + STARTUP + ": " + logs());
    }

    private static void stop(Process process) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    /** The README's step 0: the trial back end's client-credentials token. */
    private String trialBackendToken(int port) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/oauth2/token"))
                        .header(
                                "Authorization",
                                "Basic "
                                        + java.util.Base64.getEncoder()
                                                .encodeToString("ip-trial-backend:trial".getBytes()))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&scope=system/*.cruds"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(response.body())
                .path("access_token")
                .asText();
    }

    private HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        return get(port, path, null);
    }

    private HttpResponse<String> get(int port, String path, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(
                request.header("Accept", "application/fhir+json")
                        .timeout(Duration.ofSeconds(10))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String logs() throws IOException {
        try (var files = Files.list(workingDirectory)) {
            StringBuilder text = new StringBuilder();
            for (Path log : files.filter(p -> p.toString().endsWith(".log")).toList()) {
                String content = Files.readString(log);
                text.append(content, Math.max(0, content.length() - 4000), content.length());
            }
            return text.toString();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
