package no.ipfhir.server.support;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.client.api.ServerValidationModeEnum;
import ca.uhn.fhir.rest.client.interceptor.BearerTokenAuthInterceptor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The packaged server ({@code target/ip-fhir-server.jar}) as a process of its own, with access control
 * against the {@link TestIssuer}, on a PostgreSQL database given by URL: for the proofs that need more than
 * one server, or a server that is killed.
 */
public final class PackagedServer implements AutoCloseable {

    private static final Path JAR = Path.of("target", "ip-fhir-server.jar");
    /**
     * Generous: on a shared build machine under load (load average over 20 on 2 cores) the packaged server has
     * taken over eight minutes to start; {@code -Dpackaged-server.startup=PT20M} allows more.
     */
    private static final Duration STARTUP = Duration.parse(System.getProperty("packaged-server.startup", "PT15M"));

    /** The JVM options of the server, like {@code JAVA_OPTS} of {@code bin/ip-fhir-server}; {@code -Dpackaged-server.java-options=…}. */
    private static final String JAVA_OPTIONS = System.getProperty("packaged-server.java-options", "-Xmx768m");

    private final int port;
    private final Path directory;
    private final Path log;
    private final Process process;

    private PackagedServer(int port, Path directory, Path log, Process process) {
        this.port = port;
        this.directory = directory;
        this.log = log;
        this.process = process;
    }

    /**
     * Starts the server on {@code port} with its working directory (and Lucene index) in {@code directory},
     * and waits until it is ready. {@code settings} are more {@code --name=value} arguments.
     */
    public static PackagedServer start(int port, String databaseUrl, Path directory, String... settings) {
        PackagedServer server = launch(port, databaseUrl, directory, settings);
        server.awaitReady();
        return server;
    }

    /** Starts the server without waiting; {@link #awaitReady()} waits. */
    public static PackagedServer launch(int port, String databaseUrl, Path directory, String... settings) {
        return launch(JAR, port, databaseUrl, directory, settings);
    }

    /** {@link #start}, of another build of the server (e.g. the previous release, for the upgrade test). */
    public static PackagedServer start(Path jar, int port, String databaseUrl, Path directory, String... settings) {
        PackagedServer server = launch(jar, port, databaseUrl, directory, settings);
        server.awaitReady();
        return server;
    }

    private static PackagedServer launch(Path jar, int port, String databaseUrl, Path directory, String... settings) {
        if (!Files.exists(jar)) {
            throw new AssertionError("The packaged server is missing (mvn package): " + jar.toAbsolutePath());
        }
        TestIssuer issuer = TestIssuer.get();
        TestDatabase database = TestDatabase.get();
        List<String> command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(List.of(JAVA_OPTIONS.split("\\s+")));
        command.addAll(List.of(
                "-jar",
                jar.toAbsolutePath().toString(),
                "--server.port=" + port,
                "--fhir.db.url=" + databaseUrl,
                "--fhir.db.user=" + database.user(),
                "--fhir.db.password=" + database.password(),
                "--fhir.search.index-directory=" + directory.resolve("lucene"),
                "--fhir.security.issuer-uri=" + issuer.issuer(),
                "--fhir.security.jwk-set-uri=" + issuer.jwkSetUri(),
                "--fhir.security.audience=" + TestIssuer.AUDIENCE,
                "--fhir.security.system-clients=" + FhirIntegrationTest.SYSTEM_CLIENTS,
                "--fhir.subscription.allowed-endpoints=http://localhost:*"));
        command.addAll(List.of(settings));
        try {
            Files.createDirectories(directory);
            Path log = directory.resolve("server-" + Instant.now().toEpochMilli() + ".log");
            Process process = new ProcessBuilder(command)
                    .directory(directory.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            return new PackagedServer(port, directory, log, process);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return port;
    }

    public String baseUrl() {
        return "http://localhost:" + port + "/fhir";
    }

    /** HAPI's generic client on this node with a bearer token. */
    public IGenericClient client(String bearerToken) {
        FhirContext fhirContext = FhirContext.forR4Cached();
        fhirContext.getRestfulClientFactory().setServerValidationMode(ServerValidationModeEnum.NEVER);
        // A freshly started server answers its first writes slowly while its validator warms up.
        fhirContext.getRestfulClientFactory().setSocketTimeout(120_000);
        IGenericClient client = fhirContext.newRestfulGenericClient(baseUrl());
        client.registerInterceptor(new BearerTokenAuthInterceptor(bearerToken));
        return client;
    }

    public long pid() {
        return process.pid();
    }

    /** {@code kill -9}: no shutdown hook, no graceful end of requests or transactions. */
    public void kill() {
        try {
            process.destroyForcibly().waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A graceful stop (SIGTERM), forced after a minute. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        keepLog();
    }

    /** A copy of the server's log in {@code target/packaged-server-logs/}: a test's temporary directory is deleted. */
    private Path keepLog() {
        Path kept = Path.of("target", "packaged-server-logs").resolve(log.getFileName());
        try {
            Files.createDirectories(kept.getParent());
            Files.copy(log, kept, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            // the log is only for reading after a failure
        }
        return kept;
    }

    /** The end of the server's log, for failure messages. */
    public String logTail() {
        try {
            String content = Files.readString(log);
            return content.substring(Math.max(0, content.length() - 4000));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    /**
     * Why a server that exited stopped: its log's first errors and the causes named, then the end of the log.
     */
    private String whyItExited() {
        try {
            Path kept = keepLog();
            List<String> lines = Files.readAllLines(log);
            List<String> reasons = new ArrayList<>(lines.stream()
                    .filter(line -> line.contains(" ERROR ") || line.startsWith("Caused by:"))
                    .map(line -> line.length() > 400 ? line.substring(0, 400) + " …" : line)
                    .toList());
            String named = String.join("\n", reasons.subList(0, Math.min(12, reasons.size())));
            return "The server exited with " + process.exitValue() + " (log kept in " + kept.toAbsolutePath() + "):\n"
                    + named + "\n…\n"
                    + logTail().substring(Math.max(0, logTail().length() - 1500));
        } catch (IOException e) {
            return "The server exited with " + process.exitValue() + " (no log: " + e + ")";
        }
    }

    /** Waits until the server's log says {@code text} (e.g. that the schema is current); fails if it exits first. */
    public void awaitLog(String text) {
        Instant deadline = Instant.now().plus(STARTUP);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new AssertionError(whyItExited());
            }
            try {
                if (Files.readString(log).contains(text)) {
                    return;
                }
            } catch (IOException notYet) {
                // the log is being written
            }
            sleep(500);
        }
        throw new AssertionError("The server did not log \"" + text + "\" within " + STARTUP + ": " + logTail());
    }

    public void awaitReady() {
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(STARTUP);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new AssertionError(whyItExited());
            }
            try {
                HttpResponse<Void> readiness = http.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/readiness"))
                                .timeout(Duration.ofSeconds(10))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (readiness.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYetListening) {
                // still starting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            sleep(500);
        }
        process.destroyForcibly();
        throw new AssertionError("The server was not ready within " + STARTUP + " in " + directory + ": " + logTail());
    }

    /**
     * A database of its own beside the suite's (named after it, with {@code purpose} and a unique suffix), so
     * that nothing but the servers under test work on it. Returns its JDBC URL.
     */
    public static String freshDatabase(String purpose) {
        TestDatabase suite = TestDatabase.get();
        String suiteName = suite.url().replaceFirst("^.*/([^/?]+)(\\?.*)?$", "$1");
        String name = (suiteName + "_" + purpose + "_" + Long.toHexString(System.nanoTime())).toLowerCase();
        execute("CREATE DATABASE " + name);
        return suite.url().replaceFirst("/[^/?]+(\\?.*)?$", "/" + name + "$1");
    }

    public static void dropDatabase(String url) {
        String name = url.replaceFirst("^.*/([^/?]+)(\\?.*)?$", "$1");
        execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    private static void execute(String sql) {
        TestDatabase suite = TestDatabase.get();
        try (Connection connection = DriverManager.getConnection(suite.url(), suite.user(), suite.password());
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
