package no.ipfhir.server.bench;

import ca.uhn.fhir.context.FhirContext;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import no.ipfhir.server.support.ExamplePlans;
import org.hl7.fhir.r4.model.Bundle;

/**
 * Posts whole-plan transaction Bundles (the guide's examples with fresh synthetic identifiers)
 * from several clients to a running server and prints resources per second and the p50/p95 time
 * per Bundle. Run by server/bench/ingest.sh, which starts the server with validation on and off.
 *
 * <p>Arguments: base URL, label, Bundles to measure, warm-up Bundles, clients.
 */
public final class IngestBenchmark {

    private static final String[] EXAMPLES = {
        ExamplePlans.STROKE_REHABILITATION, ExamplePlans.CHILD_HABILITATION, ExamplePlans.COORDINATOR_CHANGE
    };

    public static void main(String[] args) throws Exception {
        String baseUrl = args[0];
        String label = args[1];
        int bundles = Integer.parseInt(args[2]);
        int warmup = Integer.parseInt(args[3]);
        int clients = Integer.parseInt(args[4]);
        FhirContext fhirContext = FhirContext.forR4Cached();
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

        List<String> warmupBodies = prepare(fhirContext, warmup);
        List<String> bodies = prepare(fhirContext, bundles);
        run(http, baseUrl, warmupBodies, clients, new ArrayList<>());

        List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
        long start = System.nanoTime();
        int resources = run(http, baseUrl, bodies, clients, nanos);
        double seconds = (System.nanoTime() - start) / 1e9;

        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        System.out.printf(
                "RESULT %s bundles=%d resources=%d clients=%d seconds=%.1f resources_per_second=%.0f p50_ms=%.0f p95_ms=%.0f%n",
                label,
                bundles,
                resources,
                clients,
                seconds,
                resources / seconds,
                percentile(sorted, 50) / 1e6,
                percentile(sorted, 95) / 1e6);
    }

    private static List<String> prepare(FhirContext fhirContext, int count) {
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Bundle bundle = ExamplePlans.fresh(fhirContext, EXAMPLES[i % EXAMPLES.length]);
            bodies.add(fhirContext.newJsonParser().encodeResourceToString(bundle));
        }
        return bodies;
    }

    private static int run(HttpClient http, String baseUrl, List<String> bodies, int clients, List<Long> nanos)
            throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger resources = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> workers = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            workers.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < bodies.size(); i = next.getAndIncrement()) {
                    long t0 = System.nanoTime();
                    HttpResponse<String> response = http.send(
                            HttpRequest.newBuilder(URI.create(baseUrl))
                                    .header("Content-Type", "application/fhir+json")
                                    .timeout(Duration.ofMinutes(2))
                                    .POST(HttpRequest.BodyPublishers.ofString(bodies.get(i)))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
                    nanos.add(System.nanoTime() - t0);
                    if (response.statusCode() != 200) {
                        throw new IllegalStateException(
                                "Bundle " + i + " answered " + response.statusCode() + ": " + response.body());
                    }
                    resources.addAndGet(countEntries(response.body()));
                }
                return null;
            }));
        }
        try {
            for (Future<?> worker : workers) {
                worker.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return resources.get();
    }

    private static int countEntries(String transactionResponse) {
        int count = 0;
        for (int at = transactionResponse.indexOf("\"response\"");
                at >= 0;
                at = transactionResponse.indexOf("\"response\"", at + 1)) {
            count++;
        }
        return count;
    }

    private static double percentile(List<Long> sorted, int percent) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index));
    }
}
