package no.ipfhir.server.bench;

import ca.uhn.fhir.context.FhirContext;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.ipfhir.server.support.ExamplePlans;
import no.ipfhir.server.support.PackagedServer;
import no.ipfhir.server.support.SyntheticIds;
import no.ipfhir.server.support.TestDatabase;
import no.ipfhir.server.support.TestIssuer;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.Organization;

/**
 * The soak: the packaged server on PostgreSQL, used by a municipality's EHR (its user token) on the plans it
 * takes part in — reading plans and teams, searching goals, changing goals, the whole plan as a document. First
 * the capacity is measured (requests/s from several clients, as fast as they get answers); then the same mix
 * runs at half that rate for the soak's duration. Prints the error rate and, at the start and the end, the heap
 * after a full GC ({@code jcmd GC.run}, {@code GC.heap_info}), the server's threads and open files and the
 * database connections; a line a minute in between. Exits 1 on any error. Run by
 * {@code server/reliability/soak.sh}.
 *
 * <p>Arguments: soak minutes (default 30), clients for the capacity measurement (default 4), seconds of
 * capacity measurement (default 60).
 */
public final class Soak {

    private static final FhirContext FHIR = FhirContext.forR4Cached();
    private static final int PLANS = 6;
    private static final String MUNICIPALITY = "urn:uuid:00000000-0000-4000-8001-000000000002";
    private static final Pattern USED = Pattern.compile("used (\\d+)K");

    public static void main(String[] args) throws Exception {
        // The issuer's and receiver's HTTP servers would keep the JVM alive after a failure.
        Thread.currentThread().setUncaughtExceptionHandler((thread, failure) -> {
            failure.printStackTrace();
            System.exit(2);
        });
        int minutes = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        int capacitySeconds = args.length > 2 ? Integer.parseInt(args[2]) : 60;
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        String database = PackagedServer.freshDatabase("soak");
        Path directory = Files.createTempDirectory("soak");
        boolean passed;
        PackagedServer server = null;
        try {
            server = PackagedServer.start(PackagedServer.freePort(), database, directory);
            PackagedServer running = server;
            Bundle registry = ExamplePlans.fresh(FHIR, ExamplePlans.STROKE_REHABILITATION);
            String orgnr = ((Organization)
                            ExamplePlans.entry(registry, MUNICIPALITY).getResource())
                    .getIdentifierFirstRep()
                    .getValue();
            String system = TestIssuer.get().systemToken();
            // valid for the whole run: the capacity minute, the soak and the readings after it
            String ehr = TestIssuer.get()
                    .token("user/*.cruds")
                    .orgnr(orgnr)
                    .clientId("kommune-ehr")
                    .lifetime(Duration.ofMinutes(minutes + 30L))
                    .sign();
            List<String[]> plans = new ArrayList<>(); // CarePlan, CareTeam, Goal, Patient
            for (int i = 0; i < PLANS; i++) {
                Bundle plan = i == 0
                        ? registry
                        : ExamplePlans.freshSharingRegistry(FHIR, ExamplePlans.STROKE_REHABILITATION, registry);
                HttpResponse<String> stored = send(
                        http,
                        system,
                        HttpRequest.newBuilder(URI.create(running.baseUrl()))
                                .header("Content-Type", "application/fhir+json")
                                .POST(HttpRequest.BodyPublishers.ofString(
                                        FHIR.newJsonParser().encodeResourceToString(plan))));
                if (stored.statusCode() != 200) {
                    throw new IllegalStateException("Plan: " + stored.statusCode() + " " + stored.body());
                }
                Bundle response = FHIR.newJsonParser().parseResource(Bundle.class, stored.body());
                plans.add(new String[] {
                    first(response, "CarePlan"),
                    first(response, "CareTeam"),
                    first(response, "Goal"),
                    first(response, "Patient")
                });
            }
            Operations operations = new Operations(http, ehr, running.baseUrl(), plans);

            // Capacity: as fast as the clients get answers, after a warm-up of the same length.
            runClosed(operations, clients, capacitySeconds);
            Counters capacityRun = runClosed(operations, clients, capacitySeconds);
            double capacity = capacityRun.requests.get() / (double) capacitySeconds;
            double rate = capacity / 2;
            System.out.printf(
                    "RESULT capacity requests_per_second=%.1f clients=%d (%d requests, %d errors in %d s)%n",
                    capacity, clients, capacityRun.requests.get(), capacityRun.errors.get(), capacitySeconds);

            Sample start = sample(running, database, true);
            System.out.println("RESULT start " + start);
            Counters soak = new Counters();
            ScheduledExecutorService pacer = Executors.newSingleThreadScheduledExecutor();
            ExecutorService workers = Executors.newFixedThreadPool(clients * 4);
            long periodMicros = (long) (1_000_000 / rate);
            pacer.scheduleAtFixedRate(
                    () -> workers.execute(() -> operations.next(soak)), 0, periodMicros, TimeUnit.MICROSECONDS);
            for (int minute = 1; minute <= minutes; minute++) {
                Thread.sleep(60_000);
                System.out.printf(
                        "minute %d: requests %d, errors %d, %s%n",
                        minute, soak.requests.get(), soak.errors.get(), sample(running, database, false));
            }
            pacer.shutdownNow();
            workers.shutdown();
            workers.awaitTermination(2, TimeUnit.MINUTES);
            Sample end = sample(running, database, true);
            System.out.println("RESULT end   " + end);
            System.out.printf(
                    "RESULT soak minutes=%d rate_per_second=%.1f requests=%d errors=%d error_rate=%.5f answers=%s%n",
                    minutes,
                    rate,
                    soak.requests.get(),
                    soak.errors.get(),
                    soak.errors.get() / (double) Math.max(1, soak.requests.get()),
                    new TreeMap<>(soak.statuses));
            System.out.printf(
                    "RESULT heap_after_full_gc_mb start=%d end=%d (%.2fx); threads %d -> %d; open_files %d -> %d;"
                            + " db_connections %d -> %d%n",
                    start.heapMb,
                    end.heapMb,
                    end.heapMb / (double) start.heapMb,
                    start.threads,
                    end.threads,
                    start.openFiles,
                    end.openFiles,
                    start.connections,
                    end.connections);
            passed = soak.errors.get() == 0 && soak.requests.get() > 0;
        } finally {
            if (server != null) {
                server.close();
            }
            PackagedServer.dropDatabase(database);
        }
        System.out.println(passed ? "PASSED" : "FAILED");
        System.exit(passed ? 0 : 1);
    }

    private static final class Counters {
        final AtomicLong requests = new AtomicLong();
        final AtomicLong errors = new AtomicLong();
        final Map<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();

        void count(int status) {
            requests.incrementAndGet();
            statuses.computeIfAbsent(status, s -> new AtomicLong()).incrementAndGet();
            if (status < 200 || status >= 300) {
                errors.incrementAndGet();
            }
        }
    }

    /** The EHR's mix: for each plan in turn, read the plan, search its goals, change a goal, read the team, … */
    private record Operations(HttpClient http, String token, String baseUrl, List<String[]> plans, AtomicLong turn) {

        Operations(HttpClient http, String token, String baseUrl, List<String[]> plans) {
            this(http, token, baseUrl, plans, new AtomicLong());
        }

        void next(Counters counters) {
            long n = turn.getAndIncrement();
            String[] plan = plans.get((int) (n / 10 % plans.size()));
            int status;
            try {
                status = switch ((int) (n % 10)) {
                    case 0, 4, 8 -> get("/" + plan[0]);
                    case 1, 5 -> get("/Goal?patient=" + plan[3].replace("Patient/", ""));
                    case 2, 6 -> changeGoal(plan[2]);
                    case 3, 7 -> get("/" + plan[1]);
                    default -> get("/" + plan[0] + "/$ip-summary");
                };
            } catch (RuntimeException noAnswer) {
                status = 0;
            }
            counters.count(status);
        }

        private int get(String path) {
            return send(http, token, HttpRequest.newBuilder(URI.create(baseUrl + path)))
                    .statusCode();
        }

        private int changeGoal(String goalId) {
            HttpResponse<String> read = send(http, token, HttpRequest.newBuilder(URI.create(baseUrl + "/" + goalId)));
            if (read.statusCode() != 200) {
                return read.statusCode();
            }
            Goal goal = FHIR.newJsonParser().parseResource(Goal.class, read.body());
            goal.getDescription().setText("Gå tur hver dag " + SyntheticIds.digits(4));
            HttpResponse<String> written = send(
                    http,
                    token,
                    HttpRequest.newBuilder(URI.create(baseUrl + "/" + goalId))
                            .header("Content-Type", "application/fhir+json")
                            .PUT(HttpRequest.BodyPublishers.ofString(
                                    FHIR.newJsonParser().encodeResourceToString(goal))));
            return written.statusCode();
        }
    }

    private static Counters runClosed(Operations operations, int clients, int seconds) throws InterruptedException {
        Counters counters = new Counters();
        AtomicBoolean done = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int c = 0; c < clients; c++) {
            pool.execute(() -> {
                while (!done.get()) {
                    operations.next(counters);
                }
            });
        }
        Thread.sleep(seconds * 1000L);
        done.set(true);
        pool.shutdown();
        pool.awaitTermination(2, TimeUnit.MINUTES);
        return counters;
    }

    private record Sample(long heapMb, long threads, long openFiles, long connections) {
        @Override
        public String toString() {
            return String.format(
                    "heap_mb=%d threads=%d open_files=%d db_connections=%d", heapMb, threads, openFiles, connections);
        }
    }

    /** The server's heap (after a full GC if {@code collect}), threads, open files and database connections. */
    private static Sample sample(PackagedServer server, String database, boolean collect) throws Exception {
        String pid = Long.toString(server.pid());
        if (collect) {
            jcmd(pid, "GC.run");
        }
        long usedKb = 0;
        for (String line : jcmd(pid, "GC.heap_info").split("\n")) {
            if (line.contains("total") && !line.contains("Metaspace") && !line.contains("class space")) {
                Matcher used = USED.matcher(line);
                if (used.find()) {
                    usedKb += Long.parseLong(used.group(1));
                }
            }
        }
        long threads = Files.readAllLines(Path.of("/proc", pid, "status")).stream()
                .filter(l -> l.startsWith("Threads:"))
                .mapToLong(l -> Long.parseLong(l.replaceAll("\\D", "")))
                .findFirst()
                .orElse(-1);
        long openFiles;
        try (var files = Files.list(Path.of("/proc", pid, "fd"))) {
            openFiles = files.count();
        }
        String name = database.replaceFirst("^.*/([^/?]+)(\\?.*)?$", "$1");
        TestDatabase suite = TestDatabase.get();
        long connections;
        try (Connection connection = DriverManager.getConnection(suite.url(), suite.user(), suite.password());
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT count(*) FROM pg_stat_activity WHERE datname = '" + name + "'")) {
            rows.next();
            connections = rows.getLong(1);
        }
        return new Sample(usedKb / 1024, threads, openFiles, connections);
    }

    private static String jcmd(String pid, String command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(), pid, command)
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return output;
    }

    private static String first(Bundle response, String type) {
        return response.getEntry().stream()
                .map(e -> e.getResponse().getLocation())
                .filter(l -> l.startsWith(type + "/"))
                .findFirst()
                .orElseThrow()
                .replaceFirst("/_history/.*", "");
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
}
