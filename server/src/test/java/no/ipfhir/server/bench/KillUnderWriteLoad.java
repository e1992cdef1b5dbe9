package no.ipfhir.server.bench;

import ca.uhn.fhir.context.FhirContext;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import no.ipfhir.server.exchange.IpTopic;
import no.ipfhir.server.support.ExamplePlans;
import no.ipfhir.server.support.NotificationReceiver;
import no.ipfhir.server.support.PackagedServer;
import no.ipfhir.server.support.TestIssuer;
import no.ipfhir.server.support.TopicSubscriptions;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Subscription;

/**
 * The crash proof: the packaged server on PostgreSQL (a database of its own beside {@code FHIR_TEST_DB_URL}'s)
 * takes whole-plan transaction Bundles from several clients; a back end is subscribed to the plan topic. In
 * the middle of the load the server is killed ({@code kill -9}); then it is started again on the same database
 * and this checks: every write that got 2xx is there and whole, no Bundle is half-written (acknowledged or
 * in flight at the kill: all of its own resources or none), and every plan stored is notified after the
 * restart. Prints the figures; exits 1 if one of them fails. Run by {@code server/reliability/kill-under-load.sh}.
 *
 * <p>Arguments: seconds of load before the kill (default 40), clients (default 4).
 */
public final class KillUnderWriteLoad {

    private static final String[] EXAMPLES = {
        ExamplePlans.STROKE_REHABILITATION, ExamplePlans.CHILD_HABILITATION, ExamplePlans.COORDINATOR_CHANGE
    };

    private static final FhirContext FHIR = FhirContext.forR4Cached();

    private record Sent(Bundle bundle, int status) {}

    public static void main(String[] args) throws Exception {
        int loadSeconds = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        FhirContext fhirContext = FHIR;
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        String token = TestIssuer.get().systemToken();
        String database = PackagedServer.freshDatabase("kill");
        Path directory = Files.createTempDirectory("kill-under-load");
        int port = PackagedServer.freePort();
        String[] settings = {
            "--fhir.subscription.retry-initial-backoff=200ms", "--fhir.subscription.retry-max-backoff=1s"
        };
        boolean passed;
        try (NotificationReceiver receiver = NotificationReceiver.started(fhirContext)) {
            PackagedServer first = PackagedServer.start(port, database, directory, settings);
            Subscription subscription = TopicSubscriptions.idOnly(IpTopic.PLAN_ENDRET, receiver.url("/plan"));
            HttpResponse<String> created = send(
                    http,
                    token,
                    HttpRequest.newBuilder(URI.create(first.baseUrl() + "/Subscription"))
                            .header("Content-Type", "application/fhir+json")
                            .POST(HttpRequest.BodyPublishers.ofString(
                                    fhirContext.newJsonParser().encodeResourceToString(subscription))));
            if (created.statusCode() != 201) {
                throw new IllegalStateException("Subscription: " + created.statusCode() + " " + created.body());
            }

            List<Sent> sent = Collections.synchronizedList(new ArrayList<>());
            AtomicBoolean killed = new AtomicBoolean();
            AtomicInteger next = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            for (int c = 0; c < clients; c++) {
                pool.execute(() -> {
                    while (!killed.get()) {
                        Bundle bundle =
                                ExamplePlans.fresh(fhirContext, EXAMPLES[next.getAndIncrement() % EXAMPLES.length]);
                        int status;
                        try {
                            status = send(
                                            http,
                                            token,
                                            HttpRequest.newBuilder(URI.create(first.baseUrl()))
                                                    .header("Content-Type", "application/fhir+json")
                                                    .POST(HttpRequest.BodyPublishers.ofString(fhirContext
                                                            .newJsonParser()
                                                            .encodeResourceToString(bundle))))
                                    .statusCode();
                        } catch (RuntimeException noAnswer) {
                            status = 0;
                        }
                        sent.add(new Sent(bundle, status));
                    }
                });
            }
            Thread.sleep(loadSeconds * 1000L);
            killed.set(true);
            first.kill();
            Instant killedAt = Instant.now();
            pool.shutdown();
            pool.awaitTermination(5, TimeUnit.MINUTES);
            int notificationsBefore = receiver.received().size();

            PackagedServer second = PackagedServer.start(port, database, directory, settings);
            try {
                Duration restart = Duration.between(killedAt, Instant.now());
                Map<Integer, Long> statuses =
                        sent.stream().collect(Collectors.groupingBy(Sent::status, TreeMap::new, Collectors.counting()));
                int acknowledged = 0;
                int acknowledgedFound = 0;
                int inFlight = 0;
                int inFlightStored = 0;
                int halfWritten = 0;
                List<String> storedPlans = new ArrayList<>();
                for (Sent s : sent) {
                    boolean ok = s.status() >= 200 && s.status() < 300;
                    if (!ok && s.status() != 0) {
                        continue; // refused: checked by the other proofs
                    }
                    int[] foundOfExpected = found(http, token, second.baseUrl(), s.bundle());
                    boolean whole = foundOfExpected[0] == foundOfExpected[1];
                    boolean none = foundOfExpected[0] == 0;
                    if (!whole && !none) {
                        halfWritten++;
                        System.out.printf(
                                "HALF-WRITTEN Bundle (status %d): %d of %d resources stored%n",
                                s.status(), foundOfExpected[0], foundOfExpected[1]);
                    }
                    if (ok) {
                        acknowledged++;
                        acknowledgedFound += whole ? 1 : 0;
                    } else {
                        inFlight++;
                        inFlightStored += whole ? 1 : 0;
                    }
                    if (whole) {
                        storedPlans.add(planId(http, token, second.baseUrl(), s.bundle()));
                    }
                }

                Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
                Set<String> notified = Set.of();
                while (Instant.now().isBefore(deadline)) {
                    notified = receiver.received().stream()
                            .map(NotificationReceiver.Notification::versionless)
                            .collect(Collectors.toSet());
                    if (notified.containsAll(storedPlans)) {
                        break;
                    }
                    Thread.sleep(250);
                }
                Thread.sleep(2_000);
                long delivered = storedPlans.stream().filter(notified::contains).count();
                List<String> focuses = receiver.received().stream()
                        .map(NotificationReceiver.Notification::versionless)
                        .toList();
                long repeats = focuses.size() - focuses.stream().distinct().count();

                System.out.printf(
                        "RESULT kill-under-load clients=%d load_seconds=%d bundles_sent=%d answers=%s "
                                + "(0 = no answer: in flight at the kill)%n",
                        clients, loadSeconds, sent.size(), statuses);
                System.out.printf(
                        "RESULT acknowledged=%d found_whole_after_restart=%d in_flight=%d in_flight_stored_whole=%d "
                                + "half_written=%d%n",
                        acknowledged, acknowledgedFound, inFlight, inFlightStored, halfWritten);
                System.out.printf(
                        "RESULT notifications_owed=%d delivered=%d (received before the kill %d, in all %d, repeats %d)"
                                + " restart_seconds=%.0f%n",
                        storedPlans.size(),
                        delivered,
                        notificationsBefore,
                        focuses.size(),
                        repeats,
                        restart.toMillis() / 1000.0);
                passed = acknowledged > 0
                        && acknowledgedFound == acknowledged
                        && halfWritten == 0
                        && delivered == storedPlans.size();
            } finally {
                second.close();
            }
        } finally {
            PackagedServer.dropDatabase(database);
        }
        System.out.println(passed ? "PASSED" : "FAILED");
        System.exit(passed ? 0 : 1);
    }

    /** How many of the Bundle's own resources (those not shared with other plans) are stored, of how many. */
    private static int[] found(HttpClient http, String token, String baseUrl, Bundle bundle) {
        Map<String, List<String>> identifiersByType = new LinkedHashMap<>();
        for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
            String type = entry.getResource().fhirType();
            if (!ExamplePlans.REGISTRY_TYPES.contains(type)
                    && entry.getRequest().getIfNoneExist().startsWith("identifier=")) {
                identifiersByType
                        .computeIfAbsent(type, t -> new ArrayList<>())
                        .add(entry.getRequest().getIfNoneExist().substring("identifier=".length()));
            }
        }
        int found = 0;
        int expected = 0;
        for (Map.Entry<String, List<String>> type : identifiersByType.entrySet()) {
            expected += type.getValue().size();
            String query = URLEncoder.encode(String.join(",", type.getValue()), StandardCharsets.UTF_8);
            HttpResponse<String> response = send(
                    http,
                    token,
                    HttpRequest.newBuilder(
                            URI.create(baseUrl + "/" + type.getKey() + "?_summary=count&identifier=" + query)));
            found += FHIR.newJsonParser()
                    .parseResource(Bundle.class, response.body())
                    .getTotal();
        }
        return new int[] {found, expected};
    }

    private static String planId(HttpClient http, String token, String baseUrl, Bundle bundle) {
        String identifier = ExamplePlans.first(bundle, org.hl7.fhir.r4.model.CarePlan.class)
                .getIdentifierFirstRep()
                .getValue();
        String system = ExamplePlans.first(bundle, org.hl7.fhir.r4.model.CarePlan.class)
                .getIdentifierFirstRep()
                .getSystem();
        HttpResponse<String> response = send(
                http,
                token,
                HttpRequest.newBuilder(URI.create(baseUrl + "/CarePlan?_elements=id&identifier="
                        + URLEncoder.encode(system + "|" + identifier, StandardCharsets.UTF_8))));
        Bundle found = FHIR.newJsonParser().parseResource(Bundle.class, response.body());
        return "CarePlan/"
                + found.getEntryFirstRep().getResource().getIdElement().getIdPart();
    }

    private static HttpResponse<String> send(HttpClient http, String token, HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(
                    request.header("Authorization", "Bearer " + token)
                            .header("Accept", "application/fhir+json")
                            .timeout(Duration.ofMinutes(2))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 500) {
                System.out.println("SERVER ERROR " + response.statusCode() + ": " + response.body());
            }
            return response;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
