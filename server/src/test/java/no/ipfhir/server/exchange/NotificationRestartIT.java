package no.ipfhir.server.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.client.api.ServerValidationModeEnum;
import ca.uhn.fhir.rest.client.interceptor.BearerTokenAuthInterceptor;
import java.io.IOException;
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
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import no.ipfhir.server.support.ExamplePlans;
import no.ipfhir.server.support.FhirIntegrationTest;
import no.ipfhir.server.support.NotificationReceiver;
import no.ipfhir.server.support.NotificationReceiver.Notification;
import no.ipfhir.server.support.TestDatabase;
import no.ipfhir.server.support.TestIssuer;
import no.ipfhir.server.support.TopicSubscriptions;
import org.hl7.fhir.instance.model.api.IIdType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Subscription;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The restart proof: the packaged server, as its own process on its own PostgreSQL database, is killed
 * ({@code kill -9}) right after the writes were acknowledged, while the receiver is down; started again on the
 * same database, it delivers every notification that was owed, in order of event number, once the receiver is
 * back. Prints owed vs delivered.
 */
class NotificationRestartIT {

    private static final Path JAR = Path.of("target", "ip-fhir-server.jar");
    /** Generous: on a shared build machine under load the packaged server has taken over three minutes to start. */
    private static final Duration STARTUP = Duration.ofMinutes(8);

    private static final String GOAL = "urn:uuid:00000000-0000-4000-8001-000000000022";

    private final FhirContext fhirContext = FhirContext.forR4Cached();
    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path workingDirectory;

    @Test
    void notificationsOwedWhenTheServerIsKilledAreDeliveredAfterItsRestart() throws Exception {
        String database = freshDatabase();
        int port = freePort();
        Bundle example = ExamplePlans.fresh(fhirContext, ExamplePlans.STROKE_REHABILITATION);
        String ehrToken = ExamplePlans.municipalityEhrToken(example);
        long owed;

        try (NotificationReceiver ehr = NotificationReceiver.notYetStarted(fhirContext)) {
            Process first = start(port, database);
            try {
                IGenericClient asEhr = client(port, ehrToken);
                Subscription subscription = TopicSubscriptions.idOnly(IpTopic.MAL_ENDRET, ehr.url("/mal"));
                assertThat(asEhr.create().resource(subscription).execute().getCreated())
                        .isTrue();

                Bundle response = client(port, TestIssuer.get().systemToken())
                        .transaction()
                        .withBundle(example)
                        .execute();
                IIdType goal = new IdType(response.getEntry()
                        .get(example.getEntry().indexOf(ExamplePlans.entry(example, GOAL)))
                        .getResponse()
                        .getLocation());
                List<String> statuses = List.of("improving", "worsening", "no-change", "achieved");
                for (String status : statuses) {
                    Goal stored = asEhr.read()
                            .resource(Goal.class)
                            .withId(goal.getIdPart())
                            .execute();
                    stored.getAchievementStatus().getCodingFirstRep().setCode(status);
                    asEhr.update().resource(stored).execute();
                }
                owed = 3 + statuses.size();
            } finally {
                first.destroyForcibly().waitFor();
            }

            Process second = start(port, database);
            try {
                ehr.start();
                // The killed server may have held the subscription's delivery lease at that moment (it claims the
                // lease for each attempt while the receiver is down); a lease a stopped server leaves behind runs out
                // after NotificationDispatcher's two minutes, so delivery is owed within that and a little more.
                ehr.await(n -> n.eventNumber() == owed, Duration.ofMinutes(3));
                sleep(1_000);
                List<Long> numbers =
                        ehr.received().stream().map(Notification::eventNumber).toList();
                TreeSet<Long> distinct = new TreeSet<>(numbers);
                System.out.printf(
                        "Restart proof: notifications owed %d, delivered %d distinct (%d received, %d repeated)%n",
                        owed, distinct.size(), numbers.size(), numbers.size() - distinct.size());
                assertThat(distinct).hasSize((int) owed).first().isEqualTo(1L);
                assertThat(distinct.last()).isEqualTo(owed);
                assertThat(numbers).isSorted();
            } finally {
                second.destroy();
                if (!second.waitFor(60, TimeUnit.SECONDS)) {
                    second.destroyForcibly().waitFor();
                }
            }
        } finally {
            dropDatabase(database);
        }
    }

    private IGenericClient client(int port, String token) {
        fhirContext.getRestfulClientFactory().setServerValidationMode(ServerValidationModeEnum.NEVER);
        // A freshly started server answers its first writes slowly while its validator warms up.
        fhirContext.getRestfulClientFactory().setSocketTimeout(120_000);
        IGenericClient client = fhirContext.newRestfulGenericClient("http://localhost:" + port + "/fhir");
        client.registerInterceptor(new BearerTokenAuthInterceptor(token));
        return client;
    }

    private Process start(int port, String database) throws IOException, InterruptedException {
        assertThat(JAR).as("the packaged server (mvn package)").exists();
        TestIssuer issuer = TestIssuer.get();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(List.of(
                        java,
                        "-Xmx768m",
                        "-jar",
                        JAR.toAbsolutePath().toString(),
                        "--server.port=" + port,
                        "--fhir.db.url=" + database,
                        "--fhir.db.user=" + TestDatabase.get().user(),
                        "--fhir.db.password=" + TestDatabase.get().password(),
                        "--fhir.search.index-directory=" + workingDirectory.resolve("lucene"),
                        "--fhir.security.issuer-uri=" + issuer.issuer(),
                        "--fhir.security.jwk-set-uri=" + issuer.jwkSetUri(),
                        "--fhir.security.audience=" + TestIssuer.AUDIENCE,
                        "--fhir.security.system-clients=" + FhirIntegrationTest.SYSTEM_CLIENTS,
                        "--fhir.subscription.allowed-endpoints=http://localhost:*",
                        "--fhir.subscription.retry-initial-backoff=200ms",
                        "--fhir.subscription.retry-max-backoff=1s"))
                .directory(workingDirectory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(workingDirectory
                        .resolve("server-" + Instant.now().toEpochMilli() + ".log")
                        .toFile())
                .start();
        Instant deadline = Instant.now().plus(STARTUP);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new AssertionError("The server exited with " + process.exitValue() + ": " + logs());
            }
            try {
                HttpResponse<String> metadata = http.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/readiness"))
                                .timeout(Duration.ofSeconds(10))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (metadata.statusCode() == 200) {
                    return process;
                }
            } catch (IOException notYetListening) {
                // still starting
            }
            Thread.sleep(500);
        }
        process.destroyForcibly();
        throw new AssertionError("The server was not ready within " + STARTUP + ": " + logs());
    }

    /** A database of its own beside the suite's, so that nothing but the server under test delivers from it. */
    private static String freshDatabase() throws Exception {
        TestDatabase suite = TestDatabase.get();
        String name = "ipfhir_restart_" + Long.toHexString(System.nanoTime());
        try (Connection connection = DriverManager.getConnection(suite.url(), suite.user(), suite.password());
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        }
        return suite.url().replaceFirst("/[^/?]+(\\?.*)?$", "/" + name + "$1");
    }

    private static void dropDatabase(String url) throws Exception {
        TestDatabase suite = TestDatabase.get();
        String name = url.replaceFirst("^.*/([^/?]+)(\\?.*)?$", "$1");
        try (Connection connection = DriverManager.getConnection(suite.url(), suite.user(), suite.password());
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name);
        }
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

    private static void sleep(long millis) throws InterruptedException {
        Thread.sleep(millis);
    }
}
