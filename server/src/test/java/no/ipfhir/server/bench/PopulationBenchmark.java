package no.ipfhir.server.bench;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import no.ipfhir.population.Country;
import no.ipfhir.population.Loader;
import no.ipfhir.population.PlanGenerator;
import no.ipfhir.population.Stats;
import no.ipfhir.server.support.TestIssuer;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The population benchmark, run by {@code server/bench/population.sh}: starts the packaged server on
 * PostgreSQL with everything on (profiles, rules, access control with real signed tokens from a local
 * issuer, audit, Provenance, two active subscriptions), loads the synthetic population in stages and
 * measures the patient's "my plan" read and the EHR worklist at each stage; then starts the same server
 * on a fresh database with every switch off and loads the same plans. Prints and writes the figures to
 * a Markdown file with a PNG plot of read latency against the number of plans loaded.
 *
 * <p>Options: {@code --plans 1000 --stages 250,1000 --seed 20261202 --clients 4 --port 8301
 * --pg jdbc:postgresql://127.0.0.1:5432 --pg-user postgres --db ip_perf_bench --out docs/benchmarks.md
 * --requests 100,400,640 (at 1, 8, 32 clients) --pgbench "…" --command "…"}.
 */
public final class PopulationBenchmark {

    private static final int[] READ_CLIENTS = {1, 8, 32};
    private static final int WORKLIST_DAYS = 30;
    private static final int WARM_UP = 16;

    private final Map<String, String> options;
    private final Path root;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final TestIssuer issuer = TestIssuer.get();
    private final StringBuilder log = new StringBuilder();

    private PopulationBenchmark(Map<String, String> options) {
        this.options = options;
        this.root = Path.of(options.getOrDefault("root", ".")).toAbsolutePath().normalize();
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        new PopulationBenchmark(options).run();
        System.exit(0);
    }

    /** Latency figures of one kind of request at one number of clients. */
    record Reads(String what, int plans, int clients, int requests, double seconds, List<Long> nanos, int failed) {
        double p(double percent) {
            return Stats.percentile(nanos, percent) / 1e6;
        }

        double throughput() {
            return requests / seconds;
        }

        String row() {
            return String.format(
                    Locale.ROOT,
                    "| %s | %,d | %d | %d | %.0f | %.0f | %.0f | %.1f | %d |",
                    what,
                    plans,
                    clients,
                    requests,
                    p(50),
                    p(95),
                    p(99),
                    throughput(),
                    failed);
        }
    }

    private void run() throws Exception {
        int plans = Integer.parseInt(options.getOrDefault("plans", "1000"));
        List<Integer> stages = new ArrayList<>();
        for (String stage :
                options.getOrDefault("stages", String.valueOf(plans)).split(",")) {
            stages.add(Math.min(plans, Integer.parseInt(stage.trim())));
        }
        if (stages.get(stages.size() - 1) != plans) {
            stages.add(plans);
        }
        long seed = Long.parseLong(options.getOrDefault("seed", "20261202"));
        int clients = Integer.parseInt(options.getOrDefault("clients", "4"));
        int port = Integer.parseInt(options.getOrDefault("port", "8301"));
        LocalDate asOf = LocalDate.now(ZoneId.of("Europe/Oslo"));
        String db = options.getOrDefault("db", "ip_perf_bench");
        String loadStart = loadAverage();
        Instant started = Instant.now();
        say(
                "Population benchmark: %d plans (stages %s), seed %d, %d ingest clients, %d cores, load average %s",
                plans, stages, seed, clients, Runtime.getRuntime().availableProcessors(), loadStart);

        AtomicLong notifications = new AtomicLong();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            notifications.incrementAndGet();
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        receiver.start();

        // Everything on.
        PlanGenerator generator = new PlanGenerator(seed, asOf);
        Map<String, String> on = new LinkedHashMap<>();
        on.put("FHIR_DB_URL", options.get("pg") + "/" + db + "_on");
        on.put("FHIR_SECURITY_ISSUER_URI", issuer.issuer());
        on.put("FHIR_SECURITY_JWK_SET_URI", issuer.jwkSetUri());
        on.put("FHIR_SECURITY_AUDIENCE", TestIssuer.AUDIENCE);
        on.put("FHIR_SECURITY_SYSTEM_CLIENTS", "kommune-integrasjon");
        on.put("FHIR_SUBSCRIPTION_ALLOWED_ENDPOINTS", "http://127.0.0.1:*");
        Map<String, String> off = new LinkedHashMap<>();
        off.put("FHIR_DB_URL", options.get("pg") + "/" + db + "_off");
        off.put("FHIR_SECURITY_ENABLED", "false");
        off.put("FHIR_VALIDATION_PROFILES", "false");
        off.put("FHIR_VALIDATION_RULES", "false");
        // Both start at once (each on its fresh database), so the slow first start is waited for only once;
        // the everything-off server stays idle until its turn.
        Process server = launch(on, port, "on");
        Process offServer = launch(off, port + 1, "off");
        awaitReady(server, port, "on");
        awaitReady(offServer, port + 1, "off");
        String base = "http://127.0.0.1:" + port + "/fhir";
        String backEnd =
                issuer.token("system/*.cruds").clientId("kommune-integrasjon").sign();
        subscribe(base, backEnd, receiver.getAddress().getPort());

        List<Long> ingestOn = new ArrayList<>();
        long ingestOnNanos = 0;
        long resourcesOn = 0;
        int failedOn = 0;
        List<Loader.Stored> stored = new ArrayList<>();
        List<Reads> reads = new ArrayList<>();
        int loaded = 0;
        for (int stage : stages) {
            String token =
                    issuer.token("system/*.crs").clientId("kommune-integrasjon").sign();
            Loader.Result result =
                    new Loader(URI.create(base), () -> token, clients, true).load(generator, loaded, stage - loaded);
            say("ingest, everything on, plans %d–%d: %s", loaded, stage - 1, result.summary());
            result.failures().stream()
                    .limit(3)
                    .forEach(f -> say("  refused plan %d: %d %s", f.index(), f.status(), f.body()));
            ingestOn.addAll(result.latencies());
            ingestOnNanos += result.nanos();
            resourcesOn += result.resources();
            failedOn += result.failures().size();
            stored.addAll(result.stored());
            loaded = stage;
            boolean last = stage == plans;
            for (int readers : last ? READ_CLIENTS : new int[] {8}) {
                reads.add(measure("my plan", loaded, readers, myPlan(base, stored, seed + stage + readers, false)));
                reads.add(measure(
                        "my plan ($ip-plan view)",
                        loaded,
                        readers,
                        myPlan(base, stored, seed + stage + readers, true)));
                reads.add(measure("EHR worklist", loaded, readers, worklist(base, generator, asOf, seed + readers)));
            }
        }
        Map<String, Long> counts = counts(base, backEnd);
        server.destroy();
        server.waitFor();
        say("notifications received: %d", notifications.get());

        // Everything off, same Bundles, fresh database.
        server = offServer;
        base = "http://127.0.0.1:" + (port + 1) + "/fhir";
        Loader.Result offResult =
                new Loader(URI.create(base), null, clients, true).load(new PlanGenerator(seed, asOf), 0, plans);
        say("ingest, everything off: %s", offResult.summary());
        List<Loader.Stored> storedOff = offResult.stored();
        Reads myPlanOff = measure("my plan (everything off)", plans, 8, myPlanOpen(base, storedOff, seed));
        reads.add(myPlanOff);
        server.destroy();
        server.waitFor();
        receiver.stop(0);

        double onSeconds = ingestOnNanos / 1e9;
        String loadEnd = loadAverage();
        say("load average at the end: %s", loadEnd);
        write(
                plans,
                stages,
                seed,
                clients,
                loadStart,
                loadEnd,
                started,
                ingestOn,
                onSeconds,
                resourcesOn,
                failedOn,
                offResult,
                reads,
                counts,
                notifications.get());
    }

    private Reads measure(String what, int plans, int clients, IntFunction<HttpRequest> request) throws Exception {
        String[] perLevel = options.getOrDefault("requests", "100,400,640").split(",");
        int requests = Integer.parseInt(perLevel[clients == 1 ? 0 : clients == 8 ? 1 : 2].trim());
        run(Math.min(clients, 8), WARM_UP, request);
        List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger failed = new AtomicInteger();
        long t0 = System.nanoTime();
        run(clients, requests, request, nanos, failed);
        double seconds = (System.nanoTime() - t0) / 1e9;
        Reads reads = new Reads(what, plans, clients, requests, seconds, new ArrayList<>(nanos), failed.get());
        say(
                "%s at %,d plans, %d clients: p50 %.0f ms, p95 %.0f ms, p99 %.0f ms, %.1f/s, %d failed",
                what, plans, clients, reads.p(50), reads.p(95), reads.p(99), reads.throughput(), failed.get());
        return reads;
    }

    private void run(int clients, int requests, IntFunction<HttpRequest> request) throws Exception {
        run(clients, requests, request, Collections.synchronizedList(new ArrayList<>()), new AtomicInteger());
    }

    private void run(
            int clients, int requests, IntFunction<HttpRequest> request, List<Long> nanos, AtomicInteger failed)
            throws Exception {
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> workers = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            workers.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
                    HttpRequest r = request.apply(i);
                    long t0 = System.nanoTime();
                    HttpResponse<String> response = http.send(r, HttpResponse.BodyHandlers.ofString());
                    nanos.add(System.nanoTime() - t0);
                    if (response.statusCode() != 200 || !response.body().contains("\"CarePlan\"")) {
                        if (failed.incrementAndGet() <= 2) {
                            System.err.println("read answered " + response.statusCode() + ": "
                                    + response.body()
                                            .substring(
                                                    0,
                                                    Math.min(
                                                            500, response.body().length())));
                        }
                    }
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        pool.shutdown();
    }

    /** The patient app's read of its whole current plan, each time another patient's, with that patient's token. */
    private IntFunction<HttpRequest> myPlan(String base, List<Loader.Stored> stored, long seed, boolean view) {
        List<Loader.Stored> active =
                stored.stream().filter(s -> s.plan().status().equals("active")).toList();
        SplittableRandom random = new SplittableRandom(seed);
        List<HttpRequest> requests = new ArrayList<>();
        for (int i = 0; i < 800; i++) {
            Loader.Stored plan = active.get(random.nextInt(active.size()));
            String token = issuer.token("openid fhirUser launch/patient patient/*.rs")
                    .clientId("helsenorge-ip-app")
                    .patient(plan.patientId())
                    .fhirUser("Patient/" + plan.patientId())
                    .sign();
            requests.add(get(
                    base + (view ? "/Patient/" + plan.patientId() + "/$ip-plan" : myPlanQuery(plan.patientId())),
                    token));
        }
        return i -> requests.get(i % requests.size());
    }

    private IntFunction<HttpRequest> myPlanOpen(String base, List<Loader.Stored> stored, long seed) {
        List<Loader.Stored> active =
                stored.stream().filter(s -> s.plan().status().equals("active")).toList();
        SplittableRandom random = new SplittableRandom(seed);
        List<HttpRequest> requests = new ArrayList<>();
        for (int i = 0; i < 800; i++) {
            requests.add(get(
                    base + myPlanQuery(active.get(random.nextInt(active.size())).patientId()), null));
        }
        return i -> requests.get(i % requests.size());
    }

    private static String myPlanQuery(String patientId) {
        return "/CarePlan?patient=" + patientId
                + "&_include=CarePlan:goal&_include=CarePlan:care-team&_include=CarePlan:activity-reference";
    }

    /**
     * The worklist of a municipal EHR: its active plans due for evaluation within 30 days, with a user
     * token of the municipality's koordinerende enhet; the five largest municipalities take turns.
     */
    private IntFunction<HttpRequest> worklist(String base, PlanGenerator generator, LocalDate asOf, long seed) {
        List<Country.Municipality> largest = generator.country().municipalities().stream()
                .sorted((a, b) -> Double.compare(b.weight(), a.weight()))
                .limit(5)
                .toList();
        List<HttpRequest> requests = new ArrayList<>();
        for (Country.Municipality municipality : largest) {
            String token = issuer.token("openid user/*.rs")
                    .clientId("kommune-ehr")
                    .orgnr(municipality.coordinatingUnit().orgnr)
                    .sign();
            requests.add(get(
                    base + "/CarePlan?status=active&next-evaluation=le" + asOf.plusDays(WORKLIST_DAYS) + "&_count=50",
                    token));
        }
        return i -> requests.get(i % requests.size());
    }

    private HttpRequest get(String url, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Accept", "application/fhir+json")
                .timeout(Duration.ofMinutes(2))
                .GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request.build();
    }

    /** Two rest-hook subscriptions, so every plan and team written is matched and notified. */
    private void subscribe(String base, String token, int receiverPort) throws Exception {
        for (String criteria : new String[] {"CarePlan?status=active", "CareTeam?status=active"}) {
            String body = "{\"resourceType\":\"Subscription\",\"status\":\"requested\",\"reason\":\"benchmark\","
                    + "\"criteria\":\"" + criteria + "\",\"channel\":{\"type\":\"rest-hook\",\"endpoint\":"
                    + "\"http://127.0.0.1:" + receiverPort + "/hook\"}}";
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create(base + "/Subscription"))
                            .header("Content-Type", "application/fhir+json")
                            .header("Authorization", "Bearer " + token)
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 201) {
                throw new IllegalStateException(
                        "Subscription refused: " + response.statusCode() + " " + response.body());
            }
        }
    }

    private Map<String, Long> counts(String base, String token) throws Exception {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String type :
                new String[] {"CarePlan", "Goal", "ServiceRequest", "Observation", "Provenance", "AuditEvent"}) {
            HttpResponse<String> response =
                    http.send(get(base + "/" + type + "?_summary=count", token), HttpResponse.BodyHandlers.ofString());
            java.util.regex.Matcher total =
                    java.util.regex.Pattern.compile("\"total\"\\s*:\\s*(\\d+)").matcher(response.body());
            counts.put(type, total.find() ? Long.parseLong(total.group(1)) : -1);
        }
        return counts;
    }

    private final Map<Process, Long> launched = new HashMap<>();

    private Process launch(Map<String, String> environment, int port, String label) throws Exception {
        Path logFile = Path.of(
                options.getOrDefault("logs", System.getProperty("java.io.tmpdir")), "population-" + label + ".log");
        ProcessBuilder builder = new ProcessBuilder(
                        root.resolve("server/bin/ip-fhir-server").toString(), "--server.port=" + port)
                .redirectErrorStream(true)
                .redirectOutput(logFile.toFile());
        builder.environment().put("FHIR_DB_USER", options.getOrDefault("pg-user", "postgres"));
        builder.environment()
                .put(
                        "FHIR_SEARCH_INDEX_DIRECTORY",
                        Files.createTempDirectory("population-lucene-" + label).toString());
        builder.environment().putAll(environment);
        Process process = builder.start();
        launched.put(process, System.nanoTime());
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
        return process;
    }

    private void awaitReady(Process process, int port, String label) throws Exception {
        long t0 = launched.get(process);
        Path logFile = Path.of(
                options.getOrDefault("logs", System.getProperty("java.io.tmpdir")), "population-" + label + ".log");
        HttpRequest ready = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(5))
                .build();
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The server (" + label + ") stopped; see " + logFile);
            }
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    break;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        say(
                "server (%s) ready in %.1f s, pid %d, log %s",
                label, (System.nanoTime() - t0) / 1e9, process.pid(), logFile);
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private void say(String format, Object... args) {
        String line = String.format(Locale.ROOT, format, args);
        System.out.println(line);
        log.append(line).append('\n');
    }

    private void write(
            int plans,
            List<Integer> stages,
            long seed,
            int clients,
            String loadStart,
            String loadEnd,
            Instant started,
            List<Long> ingestOn,
            double onSeconds,
            long resourcesOn,
            int failedOn,
            Loader.Result off,
            List<Reads> reads,
            Map<String, Long> counts,
            long notifications)
            throws IOException {
        Path out = root.resolve(options.getOrDefault("out", "docs/benchmarks.md"));
        Path plot = out.resolveSibling("benchmarks-latency.png");
        double onRate = resourcesOn / onSeconds;
        double offRate = off.resources() / off.seconds();
        StringBuilder md = new StringBuilder();
        md.append("# Benchmarks\n\n")
                .append("Written by `server/bench/population.sh` (")
                .append(started)
                .append("); run it again with the command below. Figures come from one run on this ")
                .append("machine: ")
                .append(Runtime.getRuntime().availableProcessors())
                .append(" cores, **shared with other builds and test runs** (load average ")
                .append(loadStart)
                .append(" at the start, ")
                .append(loadEnd)
                .append(" at the end), PostgreSQL on 127.0.0.1, the packaged server with its default `JAVA_OPTS`. ")
                .append("Treat them as a picture of where the time goes, not as a capacity figure.\n\n")
                .append("```sh\n")
                .append(options.getOrDefault("command", "server/bin/../bench/population.sh"))
                .append("\n```\n\n");
        md.append("## The data\n\n")
                .append(String.format(
                        Locale.ROOT,
                        "The synthetic population (`population/`, seed %d): %,d plans loaded in stages %s, %,d resources "
                                + "written as whole-plan transaction Bundles (every entry a conditional create; organisations and "
                                + "practitioners shared between the plans of a municipality). Stored after the run with everything on: %s; "
                                + "%,d notifications delivered to the two subscriptions' receiver.\n\n",
                        seed,
                        plans,
                        stages,
                        resourcesOn,
                        counts,
                        notifications));
        md.append("## Ingest\n\n")
                .append(String.format(
                        Locale.ROOT,
                        "%d clients posting, the same Bundles in both runs, each on a fresh database.\n\n",
                        clients))
                .append(
                        "| run | Bundles | resources | seconds | Bundles/s | resources/s | p50 / p95 per Bundle | failed |\n")
                .append("|---|---|---|---|---|---|---|---|\n")
                .append(String.format(
                        Locale.ROOT,
                        "| everything on: profiles, rules, access control (signed tokens), audit, Provenance, 2 subscriptions | %,d | %,d | %.0f | %.2f | %.0f | %.0f / %.0f ms | %d |\n",
                        plans,
                        resourcesOn,
                        onSeconds,
                        plans / onSeconds,
                        onRate,
                        Stats.percentile(ingestOn, 50) / 1e6,
                        Stats.percentile(ingestOn, 95) / 1e6,
                        failedOn))
                .append(String.format(
                        Locale.ROOT,
                        "| everything off: `FHIR_VALIDATION_PROFILES=false`, `FHIR_VALIDATION_RULES=false`, `FHIR_SECURITY_ENABLED=false`, no subscriptions | %,d | %,d | %.0f | %.2f | %.0f | %.0f / %.0f ms | %d |\n\n",
                        plans,
                        off.resources(),
                        off.seconds(),
                        plans / off.seconds(),
                        offRate,
                        off.percentileMillis(50),
                        off.percentileMillis(95),
                        off.failures().size()))
                .append(String.format(
                        Locale.ROOT,
                        "**Everything on takes %.2f× the time of everything off** (%.0f against %.0f resources/s). ",
                        onRate == 0 ? 0 : offRate / onRate,
                        onRate,
                        offRate))
                .append(
                        "Audit and Provenance have no switch: they are written in both runs (with access control off an ")
                .append("AuditEvent is still recorded per request).\n\n");
        md.append(String.format(
                Locale.ROOT,
                "Against the targets (issue 12): ≥ 300 resources/s with everything on — **%s** (%.0f/s); everything on "
                        + "≤ 1.5× the time of everything off — **%s** (%.2f×). Where a write's time goes, from flight "
                        + "recordings of both servers: [profile.md](profile.md).\n\n",
                onRate >= 300 ? "met" : "not met",
                onRate,
                onRate > 0 && offRate / onRate <= 1.5 ? "met" : "not met",
                onRate == 0 ? 0 : offRate / onRate));
        String pgbench = options.get("pgbench");
        if (pgbench != null && !pgbench.isBlank()) {
            md.append("The ceiling on the same PostgreSQL: `pgbench` ")
                    .append(pgbench)
                    .append("\n\n");
        }
        md.append("## Reads\n\n")
                .append(
                        "*my plan*: `CarePlan?patient=…&_include=CarePlan:goal&_include=CarePlan:care-team&_include=CarePlan:activity-reference` ")
                .append("with the patient app's token (`patient/*.rs`, a random active plan's patient each time). ")
                .append(
                        "*my plan ($ip-plan view)*: the same plan from `Patient/…/$ip-plan`, served from the precomputed ")
                .append("view (the same patients in the same order; the first read of a patient after a write builds ")
                .append("the view, so the figure mixes built and stored views). ")
                .append(
                        "*EHR worklist*: `CarePlan?status=active&next-evaluation=le<today + 30 days>&_count=50` with a user token ")
                .append(
                        "(`user/*.rs`) of a municipality's koordinerende enhet, the five largest municipalities in turn. ")
                .append("Read against the everything-on server unless named otherwise; " + WARM_UP
                        + " warm-up requests before each row.\n\n")
                .append(
                        "| read | plans loaded | clients | requests | p50 ms | p95 ms | p99 ms | per second | failed |\n")
                .append("|---|---|---|---|---|---|---|---|---|\n");
        reads.forEach(r -> md.append(r.row()).append('\n'));
        md.append('\n').append(viewAgainstSearch(reads));
        md.append("\n![read latency (p95, 8 clients) against plans loaded](")
                .append(plot.getFileName())
                .append(")\n\n");
        md.append("## What the rates imply for 100,000 plans\n\n")
                .append(String.format(
                        Locale.ROOT,
                        "At the everything-on rate measured here (%.2f plans/s from %d clients) loading 100,000 plans would take about "
                                + "%.0f hours; with everything off about %.0f hours. The 10k and 100k rows are not measured yet.\n\n",
                        plans / onSeconds,
                        clients,
                        100_000 / (plans / onSeconds) / 3600,
                        100_000 / (plans / off.seconds()) / 3600))
                .append("## Run log\n\n```\n")
                .append(log)
                .append("```\n");
        Files.createDirectories(out.getParent());
        Files.writeString(out, md.toString(), StandardCharsets.UTF_8);
        plot(plot, reads);
        System.out.println("Wrote " + out + " and " + plot);
    }

    /** The precomputed view against the search it replaces, read by read level, as measured in this run. */
    static String viewAgainstSearch(List<Reads> reads) {
        StringBuilder text = new StringBuilder(
                "**The `$ip-plan` view against the my-plan search** (same run, same patients " + "in the same order):");
        boolean any = false;
        for (Reads view : reads) {
            if (!view.what().equals("my plan ($ip-plan view)")) {
                continue;
            }
            for (Reads search : reads) {
                if (search.what().equals("my plan")
                        && search.plans() == view.plans()
                        && search.clients() == view.clients()) {
                    any = true;
                    text.append(String.format(
                            Locale.ROOT,
                            " %,d plans, %d clients: p50/p95 %.0f/%.0f ms against %.0f/%.0f ms, %.1f against %.1f reads/s "
                                    + "(%.2f× the throughput, p95 %.2f×);",
                            view.plans(),
                            view.clients(),
                            view.p(50),
                            view.p(95),
                            search.p(50),
                            search.p(95),
                            view.throughput(),
                            search.throughput(),
                            view.throughput() / search.throughput(),
                            view.p(95) / search.p(95)));
                }
            }
        }
        if (!any) {
            return "";
        }
        text.setLength(text.length() - 1);
        return text.append(". Target: p95 ≤ 50 ms at 8 clients with 100,000 plans loaded.\n\n")
                .toString();
    }

    private static void plot(Path file, List<Reads> reads) throws IOException {
        XYChart chart = new XYChartBuilder()
                .width(800)
                .height(450)
                .title("Read latency against data size (p95, 8 clients, everything on)")
                .xAxisTitle("plans loaded")
                .yAxisTitle("ms")
                .build();
        chart.getStyler().setChartBackgroundColor(java.awt.Color.WHITE);
        for (String what : new String[] {"my plan", "my plan ($ip-plan view)", "EHR worklist"}) {
            List<Double> x = new ArrayList<>();
            List<Double> p95 = new ArrayList<>();
            List<Double> p50 = new ArrayList<>();
            for (Reads r : reads) {
                if (r.what().equals(what) && r.clients() == 8) {
                    x.add((double) r.plans());
                    p95.add(r.p(95));
                    p50.add(r.p(50));
                }
            }
            if (!x.isEmpty()) {
                chart.addSeries(what + " p95", x, p95).setMarker(SeriesMarkers.CIRCLE);
                chart.addSeries(what + " p50", x, p50).setMarker(SeriesMarkers.DIAMOND);
            }
        }
        BitmapEncoder.saveBitmap(chart, file.toString(), BitmapEncoder.BitmapFormat.PNG);
    }
}
