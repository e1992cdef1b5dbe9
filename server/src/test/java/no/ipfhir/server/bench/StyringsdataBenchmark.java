package no.ipfhir.server.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import no.ipfhir.population.PlanGenerator;
import no.ipfhir.population.PlanGenerator.GeneratedPlan;
import no.ipfhir.server.config.DatabaseConfig.SchemaMigration;
import no.ipfhir.server.styringsdata.IndicatorStore;
import no.ipfhir.server.styringsdata.PersonFacts;
import no.ipfhir.server.support.InMemoryReader;
import no.ipfhir.server.support.PackagedServer;
import no.ipfhir.server.support.TestDatabase;
import no.ipfhir.server.support.TestIssuer;
import org.hl7.fhir.r4.model.Patient;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * How long {@code Measure/$evaluate-measure} takes for all indicators as the number of persons grows: the
 * packaged server (access control on, a leader's {@code user/Measure.rs} token) on a database of its own,
 * whose projection is filled with the rows of generated plans (each row made by {@link PersonFacts#of} from
 * the plan's Bundle, as the server makes it from stored resources) in stages, e.g. 1,000, 10,000 and 100,000.
 * At each stage it times the whole country and the largest municipality over HTTP, several runs after a
 * warm-up, and prints the median and slowest against the target of 2 s. Baselines in the same run: the
 * same leader's {@code GET Measure} (the request's own cost: HTTP, token, access rules, audit) and the first
 * stage (how the time grows with the number of persons). Loading 100,000 whole plans through
 * FHIR would take many hours on this machine; the rows are what the evaluation reads.
 *
 * <p>Arguments: {@code [stages=1000,10000,100000] [runs=5]}.
 */
public final class StyringsdataBenchmark {

    private static final double TARGET_SECONDS = 2.0;

    public static void main(String[] args) throws Exception {
        List<Integer> stages = new ArrayList<>();
        for (String stage : (args.length > 0 ? args[0] : "1000,10000,100000").split(",")) {
            stages.add(Integer.parseInt(stage.trim()));
        }
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        String database = PackagedServer.freshDatabase("styringsdata");
        Path directory = Files.createTempDirectory("styringsdata-bench");
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        String leader =
                TestIssuer.get().token("user/Measure.rs").orgnr("991000070").sign();
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Oslo"));
        String period =
                "periodStart=" + today.minusYears(1).plusDays(1) + "&periodEnd=" + today + "&reportType=summary";
        boolean met = true;
        System.out.printf(
                "load average at start: %s (%d cores)%n",
                Files.readString(Path.of("/proc/loadavg")).trim(),
                Runtime.getRuntime().availableProcessors());
        try (PackagedServer server = PackagedServer.start(PackagedServer.freePort(), database, directory)) {
            TestDatabase suite = TestDatabase.get();
            IndicatorStore store = new IndicatorStore(
                    new JdbcTemplate(new DriverManagerDataSource(database, suite.user(), suite.password())),
                    new SchemaMigration(0));
            PlanGenerator generator = new PlanGenerator(20261202, today);
            String largest = generator.country().municipalities().get(0).kommunenummer;
            int made = 0;
            Timing first = null;
            for (int stage : stages) {
                long started = System.nanoTime();
                List<PersonFacts> rows = new ArrayList<>();
                while (made < stage) {
                    rows.add(facts(generator.plan(made++)));
                    if (rows.size() == 1000) {
                        store.saveAll(rows);
                        rows.clear();
                    }
                }
                store.saveAll(rows);
                double loadSeconds = (System.nanoTime() - started) / 1e9;
                Timing country = time(http, leader, server.baseUrl() + "/Measure/$evaluate-measure?" + period, runs);
                Timing municipality = time(
                        http,
                        leader,
                        server.baseUrl() + "/Measure/$evaluate-measure?" + period + "&municipality=" + largest,
                        runs);
                Timing floor = time(http, leader, server.baseUrl() + "/Measure?_count=100", runs);
                if (first == null) {
                    first = country;
                }
                System.out.printf(
                        "RESULT persons=%d baseline GET Measure (the request's own cost): median %.3f s; evaluation %.1f× that; %.1f× the first stage's (%d persons)%n",
                        stage,
                        floor.median(),
                        country.median() / floor.median(),
                        country.median() / first.median(),
                        stages.get(0));
                System.out.printf(
                        "RESULT persons=%d rows made and stored in %.1f s; all 10 indicators, whole country: median %.3f s, slowest %.3f s, %d kB; municipality %s: median %.3f s, slowest %.3f s; target %.1f s: %s%n",
                        stage,
                        loadSeconds,
                        country.median(),
                        country.slowest(),
                        country.bytes() / 1024,
                        largest,
                        municipality.median(),
                        municipality.slowest(),
                        TARGET_SECONDS,
                        country.slowest() <= TARGET_SECONDS ? "met" : "NOT met");
                met &= country.slowest() <= TARGET_SECONDS;
            }
        } finally {
            PackagedServer.dropDatabase(database);
        }
        System.out.printf(
                "load average at end: %s%n",
                Files.readString(Path.of("/proc/loadavg")).trim());
        System.out.println(met ? "PASSED" : "FAILED");
        System.exit(met ? 0 : 1);
    }

    private record Timing(double median, double slowest, long bytes) {}

    private static Timing time(HttpClient http, String token, String url, int runs) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/fhir+json")
                .timeout(Duration.ofMinutes(2))
                .build();
        send(http, request); // warm-up
        List<Double> seconds = new ArrayList<>();
        long bytes = 0;
        for (int i = 0; i < runs; i++) {
            long started = System.nanoTime();
            bytes = send(http, request).body().length();
            seconds.add((System.nanoTime() - started) / 1e9);
        }
        Collections.sort(seconds);
        return new Timing(seconds.get(seconds.size() / 2), seconds.get(seconds.size() - 1), bytes);
    }

    private static HttpResponse<String> send(HttpClient http, HttpRequest request) throws Exception {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(response.statusCode() + " " + response.body());
        }
        return response;
    }

    /** The person's row, made from the plan's Bundle as the server makes it from what it stored. */
    private static PersonFacts facts(GeneratedPlan plan) {
        InMemoryReader reader = InMemoryReader.ofTransaction(plan.bundle());
        String patient = plan.resources(Patient.class).get(0).getIdElement().getValue();
        return PersonFacts.of(patient, reader).orElseThrow();
    }
}
