package no.ipfhir.server.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import no.ipfhir.server.support.ExamplePlans;
import no.ipfhir.server.support.NotificationReceiver;
import org.hl7.fhir.instance.model.api.IIdType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.Organization;
import org.junit.jupiter.api.Test;

/**
 * Notification latency under a steady write load: from the moment a goal update has been committed (the
 * client has its answer) until the subscribed EHR has the notification. Not part of the suite (the name does
 * not end in IT); run it with {@code server/bench/notification-latency.sh}. Settings as system properties:
 * {@code bench.writesPerSecond} (default 5), {@code bench.seconds} (default 60).
 */
class NotificationLatencyBenchmark extends ExchangeTest {

    private static final String GOAL = "urn:uuid:00000000-0000-4000-8001-000000000022";
    private static final String KOMMUNE_KE = "urn:uuid:00000000-0000-4000-8001-000000000002";

    @Test
    void notificationLatencyUnderSteadyWrites() throws Exception {
        int writesPerSecond = Integer.getInteger("bench.writesPerSecond", 5);
        int seconds = Integer.getInteger("bench.seconds", 60);
        Bundle example = ExamplePlans.fresh(fhirContext, "ip-a-hjerneslag");
        String orgnr = ((Organization) ExamplePlans.entry(example, KOMMUNE_KE).getResource())
                .getIdentifierFirstRep()
                .getValue();

        try (NotificationReceiver ehr = NotificationReceiver.started(fhirContext)) {
            Bundle created = client().transaction().withBundle(example).execute();
            int goalIndex = example.getEntry().indexOf(ExamplePlans.entry(example, GOAL));
            IIdType goal = created(created, goalIndex).toUnqualifiedVersionless();
            subscribe("Goal?_id=" + goal.getIdPart(), ehr.url("/goal"), orgnr);

            Map<String, Instant> committed = new ConcurrentHashMap<>();
            IGenericClient writer = client();
            AtomicInteger failures = new AtomicInteger();
            ScheduledExecutorService load = Executors.newSingleThreadScheduledExecutor();
            AtomicInteger round = new AtomicInteger();
            load.scheduleAtFixedRate(
                    () -> {
                        try {
                            Goal current = writer.read()
                                    .resource(Goal.class)
                                    .withId(goal.getIdPart())
                                    .execute();
                            current.getNote().clear();
                            current.addNote().setText("Oppdatering " + round.incrementAndGet());
                            String version = writer.update()
                                    .resource(current)
                                    .execute()
                                    .getId()
                                    .getVersionIdPart();
                            committed.put(goal.withVersion(version).getValue(), Instant.now());
                        } catch (RuntimeException e) {
                            failures.incrementAndGet();
                        }
                    },
                    0,
                    1_000_000 / writesPerSecond,
                    TimeUnit.MICROSECONDS);
            Thread.sleep(seconds * 1000L);
            load.shutdown();
            load.awaitTermination(10, TimeUnit.SECONDS);
            Thread.sleep(5_000);

            List<Long> latencies = new ArrayList<>();
            for (NotificationReceiver.Notification notification : ehr.received()) {
                Instant at = committed.get(notification.focus());
                if (at != null) {
                    latencies.add(Math.max(
                            0, Duration.between(at, notification.receivedAt()).toMillis()));
                }
            }
            latencies.sort(Long::compare);
            System.out.printf(
                    "notification-latency: %d writes/s for %d s, %d writes, %d notified, %d failed writes%n",
                    writesPerSecond, seconds, committed.size(), latencies.size(), failures.get());
            System.out.printf(
                    "notification-latency: p50 %d ms, p95 %d ms, max %d ms%n",
                    percentile(latencies, 50), percentile(latencies, 95), latencies.get(latencies.size() - 1));
            assertThat(latencies).hasSize(committed.size());
        }
    }

    private static long percentile(List<Long> sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index));
    }
}
