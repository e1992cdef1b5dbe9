package no.ipfhir.server.bench;

import ca.uhn.fhir.context.FhirContext;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import no.ipfhir.server.support.ExamplePlans;
import no.ipfhir.server.support.PackagedServer;
import no.ipfhir.server.support.TestIssuer;
import org.hl7.fhir.r4.model.Bundle;

/**
 * The database-restart proof: the packaged server on a PostgreSQL cluster that this may stop and start
 * ({@code pg_ctlcluster}), under load from several clients (half of them storing plan Bundles, half reading
 * and searching). The cluster is stopped for a while and started again; the server is not touched. Checks and
 * prints: while the database is away every failed request is a 503 with an OperationOutcome (none is another
 * 5xx) and none takes longer than the bound; readiness goes DOWN and UP again; requests succeed again after
 * the database is back, in the same server process. Exits 1 if one fails. Run by
 * {@code server/reliability/database-restart.sh}.
 *
 * <p>Arguments: the cluster ({@code 15/rel2}), seconds the database stays away (default 15), clients
 * (default 4).
 */
public final class DatabaseRestartUnderLoad {

    /** {@code fhir.db.connection-timeout} (5 s) and the time to answer, with room for a loaded machine. */
    private static final Duration BOUND = Duration.ofSeconds(15);

    private static final FhirContext FHIR = FhirContext.forR4Cached();
    private static final java.util.regex.Pattern OUTCOME =
            java.util.regex.Pattern.compile("\"resourceType\"\\s*:\\s*\"OperationOutcome\"");

    private record Answer(long startedAt, long millis, int status, boolean outcome) {}

    public static void main(String[] args) throws Exception {
        String[] cluster = args[0].split("/");
        int awaySeconds = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        int clients = args.length > 2 ? Integer.parseInt(args[2]) : 4;
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        String token = TestIssuer.get().systemToken();
        String database = PackagedServer.freshDatabase("dbrestart");
        Path directory = Files.createTempDirectory("database-restart");
        boolean passed;
        PackagedServer server = PackagedServer.start(PackagedServer.freePort(), database, directory);
        try {
            Bundle example = ExamplePlans.fresh(FHIR, ExamplePlans.STROKE_REHABILITATION);
            HttpResponse<String> stored = send(http, token, post(server.baseUrl(), example));
            String plan = FHIR.newJsonParser().parseResource(Bundle.class, stored.body()).getEntry().stream()
                    .map(e -> e.getResponse().getLocation())
                    .filter(l -> l.startsWith("CarePlan/"))
                    .findFirst()
                    .orElseThrow()
                    .replaceFirst("/_history/.*", "");
            String patient = ExamplePlans.patientNumber(example);

            List<Answer> answers = Collections.synchronizedList(new ArrayList<>());
            List<long[]> readiness = Collections.synchronizedList(new ArrayList<>());
            AtomicBoolean done = new AtomicBoolean();
            AtomicInteger counter = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(clients + 1);
            for (int c = 0; c < clients; c++) {
                boolean writer = c % 2 == 0;
                pool.execute(() -> {
                    while (!done.get()) {
                        HttpRequest.Builder request = writer
                                ? post(server.baseUrl(), ExamplePlans.fresh(FHIR, ExamplePlans.CHILD_HABILITATION))
                                : counter.incrementAndGet() % 2 == 0
                                        ? HttpRequest.newBuilder(URI.create(server.baseUrl() + "/" + plan))
                                        : HttpRequest.newBuilder(URI.create(server.baseUrl()
                                                + "/Patient?identifier=urn:oid:2.16.578.1.12.4.1.4.1%7C" + patient));
                        long t0 = System.currentTimeMillis();
                        try {
                            HttpResponse<String> response = send(http, token, request);
                            answers.add(new Answer(
                                    t0,
                                    System.currentTimeMillis() - t0,
                                    response.statusCode(),
                                    OUTCOME.matcher(response.body()).find()));
                        } catch (RuntimeException noAnswer) {
                            answers.add(new Answer(t0, System.currentTimeMillis() - t0, 0, false));
                        }
                    }
                });
            }
            pool.execute(() -> {
                while (!done.get()) {
                    long t0 = System.currentTimeMillis();
                    int status;
                    try {
                        status = http.send(
                                        HttpRequest.newBuilder(URI.create("http://localhost:" + server.port()
                                                        + "/actuator/health/readiness"))
                                                .timeout(Duration.ofSeconds(20))
                                                .build(),
                                        HttpResponse.BodyHandlers.discarding())
                                .statusCode();
                    } catch (Exception e) {
                        status = 0;
                    }
                    readiness.add(new long[] {t0, status});
                    sleep(500);
                }
            });

            sleep(20_000);
            long stoppedAt = System.currentTimeMillis();
            run("pg_ctlcluster", cluster[0], cluster[1], "stop", "-m", "fast");
            sleep(awaySeconds * 1000L);
            run("pg_ctlcluster", cluster[0], cluster[1], "start");
            long startedAt = System.currentTimeMillis();
            long upAgainAt = -1;
            while (System.currentTimeMillis() - startedAt < 180_000) {
                synchronized (readiness) {
                    upAgainAt = readiness.stream()
                            .filter(r -> r[0] > startedAt && r[1] == 200)
                            .mapToLong(r -> r[0])
                            .findFirst()
                            .orElse(-1);
                }
                if (upAgainAt > 0) {
                    break;
                }
                sleep(500);
            }
            sleep(20_000);
            long endedAt = System.currentTimeMillis();
            done.set(true);
            pool.shutdown();
            pool.awaitTermination(3, TimeUnit.MINUTES);

            List<Answer> all = List.copyOf(answers);
            List<Answer> away = all.stream()
                    .filter(a -> a.startedAt() >= stoppedAt && a.startedAt() < startedAt)
                    .toList();
            List<Answer> failed = all.stream()
                    .filter(a -> a.status() < 200 || a.status() >= 300)
                    .toList();
            long otherServerErrors = failed.stream()
                    .filter(a -> a.status() >= 500 && a.status() != 503 || a.status() == 0)
                    .count();
            long unavailableWithOutcome = failed.stream()
                    .filter(a -> a.status() == 503 && a.outcome())
                    .count();
            long unavailable = failed.stream().filter(a -> a.status() == 503).count();
            long longestAway = away.stream().mapToLong(Answer::millis).max().orElse(0);
            long downAt = readiness.stream()
                    .filter(r -> r[0] >= stoppedAt && r[1] != 200)
                    .mapToLong(r -> r[0])
                    .findFirst()
                    .orElse(-1);
            long lastWindowStart = endedAt - 10_000;
            List<Answer> lastWindow =
                    all.stream().filter(a -> a.startedAt() >= lastWindowStart).toList();
            long lastWindowOk = lastWindow.stream()
                    .filter(a -> a.status() >= 200 && a.status() < 300)
                    .count();
            long firstOkAfter = all.stream()
                    .filter(a -> a.startedAt() >= startedAt && a.status() >= 200 && a.status() < 300)
                    .mapToLong(Answer::startedAt)
                    .min()
                    .orElse(-1);

            System.out.printf(
                    "RESULT database-restart clients=%d away_seconds=%d requests=%d answers=%s%n",
                    clients, awaySeconds, all.size(), statuses(all));
            System.out.printf(
                    "RESULT while_away requests_started=%d answers=%s longest_ms=%d (bound %d ms)%n",
                    away.size(), statuses(away), longestAway, BOUND.toMillis());
            System.out.printf(
                    "RESULT failed=%d of_which_503_with_operation_outcome=%d other_5xx_or_no_answer=%d%n",
                    failed.size(), unavailableWithOutcome, otherServerErrors);
            System.out.printf(
                    "RESULT readiness_down_after_stop_s=%.1f readiness_up_after_start_s=%.1f"
                            + " first_2xx_after_start_s=%.1f last_10s_ok=%d/%d server_process_alive=%s%n",
                    downAt < 0 ? -1 : (downAt - stoppedAt) / 1000.0,
                    upAgainAt < 0 ? -1 : (upAgainAt - startedAt) / 1000.0,
                    firstOkAfter < 0 ? -1 : (firstOkAfter - startedAt) / 1000.0,
                    lastWindowOk,
                    lastWindow.size(),
                    ProcessHandle.of(server.pid()).map(ProcessHandle::isAlive).orElse(false));
            passed = otherServerErrors == 0
                    && unavailable == unavailableWithOutcome
                    && unavailable > 0
                    && longestAway <= BOUND.toMillis()
                    && downAt > 0
                    && upAgainAt > 0
                    && !lastWindow.isEmpty()
                    && lastWindowOk == lastWindow.size();
        } finally {
            server.close();
            PackagedServer.dropDatabase(database);
        }
        System.out.println(passed ? "PASSED" : "FAILED");
        System.exit(passed ? 0 : 1);
    }

    private static Map<Integer, Long> statuses(List<Answer> answers) {
        return answers.stream().collect(Collectors.groupingBy(Answer::status, TreeMap::new, Collectors.counting()));
    }

    private static HttpRequest.Builder post(String baseUrl, Bundle bundle) {
        return HttpRequest.newBuilder(URI.create(baseUrl))
                .header("Content-Type", "application/fhir+json")
                .POST(HttpRequest.BodyPublishers.ofString(FHIR.newJsonParser().encodeResourceToString(bundle)));
    }

    private static HttpResponse<String> send(HttpClient http, String token, HttpRequest.Builder request) {
        try {
            return http.send(
                    request.header("Authorization", "Bearer " + token)
                            .header("Accept", "application/fhir+json")
                            .timeout(Duration.ofMinutes(2))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).inheritIO().start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed");
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
