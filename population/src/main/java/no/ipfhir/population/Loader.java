package no.ipfhir.population;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import no.ipfhir.population.PlanGenerator.GeneratedPlan;
import org.hl7.fhir.r4.model.Bundle;

/**
 * Posts plans of a population to a FHIR server as transaction Bundles from several clients at once.
 * One thread makes the plans in order (so the population is the same whatever the number of
 * clients) while the clients post; a progress bar shows the rate and the time left.
 */
public final class Loader {

    private static final Pattern LOCATION = Pattern.compile("\"location\"\\s*:\\s*\"([A-Za-z]+)/([^/\"]+)");
    private static final Object END = new Object();

    private final URI endpoint;
    private final Supplier<String> token;
    private final int clients;
    private final boolean progress;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    /**
     * @param endpoint the server's FHIR base, e.g. {@code http://localhost:8080/fhir}
     * @param token a bearer token for each request, or {@code null} for a server without access control
     * @param progress whether to draw a progress bar on standard error
     */
    public Loader(URI endpoint, Supplier<String> token, int clients, boolean progress) {
        this.endpoint = endpoint;
        this.token = token;
        this.clients = clients;
        this.progress = progress;
    }

    /** A plan that was stored: the ids the server gave its patient and plan. */
    public record Stored(GeneratedPlan plan, String patientId, String carePlanId) {}

    public record Failure(int index, int status, String body) {}

    public record Result(
            int bundles,
            long resources,
            long nanos,
            List<Long> latencies,
            List<Failure> failures,
            List<Stored> stored) {

        public double seconds() {
            return nanos / 1e9;
        }

        /** The time per Bundle at that percentile, in milliseconds. */
        public double percentileMillis(double percent) {
            return Stats.percentile(latencies, percent) / 1e6;
        }

        public String summary() {
            return String.format(
                    "%d Bundles (%d resources) in %.1f s: %.2f Bundles/s, %.0f resources/s, p50 %.0f ms, p95 %.0f ms per Bundle, %d failed",
                    bundles,
                    resources,
                    seconds(),
                    bundles / seconds(),
                    resources / seconds(),
                    percentileMillis(50),
                    percentileMillis(95),
                    failures.size());
        }
    }

    private record Work(GeneratedPlan plan, String body) {}

    /** Loads plans {@code from} to {@code from + count - 1} of the generator's population. */
    public Result load(PlanGenerator generator, int from, int count) throws InterruptedException {
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(clients * 4);
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        List<Failure> failures = Collections.synchronizedList(new ArrayList<>());
        List<Stored> stored = Collections.synchronizedList(new ArrayList<>());
        long[] resources = new long[1];
        ExecutorService pool = Executors.newFixedThreadPool(clients + 1);
        ProgressBar bar = progress
                ? new ProgressBarBuilder()
                        .setTaskName("Loading plans")
                        .setInitialMax(count)
                        .setStyle(ProgressBarStyle.ASCII)
                        .setUpdateIntervalMillis(2000)
                        .showSpeed()
                        .setUnit(" plans", 1)
                        .setConsumer(new ConsoleProgressBarConsumer(System.err))
                        .build()
                : null;
        long start = System.nanoTime();
        try {
            Future<?> producer = pool.submit(() -> {
                IParser parser = FhirContext.forR4Cached().newJsonParser();
                for (int i = from; i < from + count; i++) {
                    GeneratedPlan plan = generator.plan(i);
                    queue.put(new Work(plan, parser.encodeResourceToString(plan.bundle())));
                }
                for (int c = 0; c < clients; c++) {
                    queue.put(END);
                }
                return null;
            });
            List<Future<?>> workers = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                workers.add(pool.submit(() -> {
                    for (Object next = queue.take(); next != END; next = queue.take()) {
                        Work work = (Work) next;
                        long t0 = System.nanoTime();
                        HttpResponse<String> response = post(work.body());
                        latencies.add(System.nanoTime() - t0);
                        if (response == null || response.statusCode() != 200) {
                            failures.add(new Failure(
                                    work.plan().index(),
                                    response == null ? 0 : response.statusCode(),
                                    response == null ? "no answer" : abbreviate(response.body())));
                        } else {
                            stored.add(stored(work.plan(), response.body()));
                            synchronized (resources) {
                                resources[0] += work.plan().bundle().getEntry().size();
                            }
                        }
                        if (bar != null) {
                            bar.step();
                            bar.setExtraMessage(failures.isEmpty() ? "" : " " + failures.size() + " failed");
                        }
                    }
                    return null;
                }));
            }
            producer.get();
            for (Future<?> worker : workers) {
                worker.get();
            }
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("Loading failed", e.getCause());
        } finally {
            pool.shutdownNow();
            pool.awaitTermination(10, TimeUnit.SECONDS);
            if (bar != null) {
                bar.close();
            }
        }
        long nanos = System.nanoTime() - start;
        List<Stored> inOrder = new ArrayList<>(stored);
        inOrder.sort((a, b) -> Integer.compare(a.plan().index(), b.plan().index()));
        return new Result(count, resources[0], nanos, new ArrayList<>(latencies), new ArrayList<>(failures), inOrder);
    }

    private HttpResponse<String> post(String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint)
                .header("Content-Type", "application/fhir+json")
                .header("Accept", "application/fhir+json")
                .timeout(Duration.ofMinutes(5))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token.get());
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** The ids of the patient and the plan, from the transaction response's locations (in entry order). */
    private static Stored stored(GeneratedPlan plan, String responseBody) {
        List<Bundle.BundleEntryComponent> entries = plan.bundle().getEntry();
        Matcher matcher = LOCATION.matcher(responseBody);
        String patient = null;
        String carePlan = null;
        for (int i = 0; i < entries.size() && matcher.find(); i++) {
            String type = entries.get(i).getResource().fhirType();
            if (type.equals("Patient") && matcher.group(1).equals("Patient")) {
                patient = matcher.group(2);
            } else if (type.equals("CarePlan") && matcher.group(1).equals("CarePlan")) {
                carePlan = matcher.group(2);
            }
        }
        return new Stored(plan, patient, carePlan);
    }

    private static String abbreviate(String body) {
        return body.length() <= 2000 ? body : body.substring(0, 2000) + "…";
    }
}
