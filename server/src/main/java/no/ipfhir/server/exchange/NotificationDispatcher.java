package no.ipfhir.server.exchange;

import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import no.ipfhir.server.exchange.NotificationOutbox.Change;
import no.ipfhir.server.exchange.NotificationOutbox.Event;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Subscription;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves notifications through the outbox, every {@code submission-interval}:
 * <ol>
 *   <li>claims recorded changes, finds the subscriptions each notifies, and numbers them as those subscriptions'
 *       next events — in one transaction with removing the changes, so a change is either still waiting or its
 *       events exist;</li>
 *   <li>leases the subscriptions that have events due and delivers their events in order, on a few worker
 *       threads; a failure stops that subscription until its next attempt, after a backoff that doubles from
 *       {@code retry-initial-backoff} up to {@code retry-max-backoff}; events older than
 *       {@code retry-give-up-after} are no longer tried (they remain for {@code $events}); each event is checked
 *       again against the subscriber's participation as it is then, and withheld from an organisation that
 *       no longer takes part in the plan;</li>
 *   <li>now and then forgets events older than {@code event-retention} that are delivered or expired.</li>
 * </ol>
 * Several servers on one database share the work: claims skip rows another holds, and a lease that a stopped
 * server leaves behind runs out. A server that stops between a delivery and recording it sends that event
 * again (at least once); otherwise each event is delivered once.
 */
@Component
public class NotificationDispatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(NotificationDispatcher.class);
    private static final int CHANGES_PER_PASS = 200;
    private static final int EVENTS_PER_LEASE = 100;
    private static final int WORKERS = 4;
    private static final Duration LEASE = Duration.ofMinutes(2);
    private static final Duration CLEANUP_EVERY = Duration.ofMinutes(1);

    private final NotificationOutbox outbox;
    private final NotificationMatcher matcher;
    private final PlanParticipants participants;
    private final NotificationSender sender;
    private final EndpointAllowList allowList;
    private final SubscriptionProperties properties;
    private final DaoRegistry daos;
    private final TransactionTemplate transaction;
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();
    private final Set<String> started = ConcurrentHashMap.newKeySet();
    private ScheduledExecutorService scheduler;
    private ExecutorService workers;
    private long lastCleanup;

    public NotificationDispatcher(
            NotificationOutbox outbox,
            NotificationMatcher matcher,
            PlanParticipants participants,
            NotificationSender sender,
            EndpointAllowList allowList,
            SubscriptionProperties properties,
            DaoRegistry daos,
            PlatformTransactionManager transactions) {
        this.outbox = outbox;
        this.matcher = matcher;
        this.participants = participants;
        this.sender = sender;
        this.allowList = allowList;
        this.properties = properties;
        this.daos = daos;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public synchronized void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> new Thread(runnable, "notification-outbox"));
        workers = Executors.newFixedThreadPool(WORKERS, runnable -> new Thread(runnable, "notification-delivery"));
        long interval = properties.submissionInterval().toMillis();
        scheduler.scheduleWithFixedDelay(this::pass, interval, interval, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        scheduler.shutdownNow();
        workers.shutdownNow();
        scheduler = null;
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }

    private void pass() {
        try {
            while (matchChanges() == CHANGES_PER_PASS) {
                // More are waiting: go on at once.
            }
            deliverDue();
            long now = System.currentTimeMillis();
            if (now - lastCleanup > CLEANUP_EVERY.toMillis()) {
                lastCleanup = now;
                int forgotten = outbox.forget(now - properties.eventRetention().toMillis());
                if (forgotten > 0) {
                    log.info("Forgot {} notification events older than {}", forgotten, properties.eventRetention());
                }
            }
        } catch (RuntimeException e) {
            // The database may be away for a moment; the next pass tries again.
            log.warn("Notification outbox pass failed: {}", e.toString());
        }
    }

    /** Returns how many changes were matched. */
    int matchChanges() {
        Integer matched = transaction.execute(status -> {
            List<Change> changes = outbox.claimChanges(CHANGES_PER_PASS);
            if (changes.isEmpty()) {
                return 0;
            }
            List<Subscriber> subscribers = matcher.activeSubscribers();
            PlanParticipants.Snapshot participation = participants.snapshot();
            // In order of subscription, so that two servers numbering at once never wait on each other in a circle.
            Map<String, List<Change>> owed = new TreeMap<>();
            for (Change change : changes) {
                if (subscribers.isEmpty()) {
                    break;
                }
                Optional<IBaseResource> resource = matcher.changed(change);
                if (resource.isEmpty()) {
                    continue;
                }
                for (Subscriber subscriber : subscribers) {
                    if (matcher.notifies(subscriber, change, resource.get(), participation)) {
                        owed.computeIfAbsent(subscriber.id(), id -> new ArrayList<>())
                                .add(change);
                    }
                }
            }
            owed.forEach((subscription, events) -> {
                if (started.add(subscription)) {
                    outbox.startSubscription(subscription, System.currentTimeMillis());
                }
                outbox.addEvents(subscription, events);
            });
            outbox.removeChanges(changes);
            return changes.size();
        });
        return matched == null ? 0 : matched;
    }

    private void deliverDue() {
        int free = WORKERS - inFlight.size();
        if (free <= 0) {
            return;
        }
        long now = System.currentTimeMillis();
        List<String> due = transaction.execute(status -> outbox.claimDue(now, now + LEASE.toMillis(), free));
        for (String subscription : due == null ? List.<String>of() : due) {
            inFlight.add(subscription);
            workers.execute(() -> {
                try {
                    deliver(subscription);
                } catch (RuntimeException e) {
                    log.warn("Delivery to Subscription/{} failed: {}", subscription, e.toString());
                } finally {
                    inFlight.remove(subscription);
                }
            });
        }
    }

    /** Delivers the subscription's due events in order, within its lease. */
    void deliver(String subscriptionId) {
        long leaseEnds = System.currentTimeMillis() + LEASE.toMillis() / 2;
        NotificationOutbox.State state = outbox.state(subscriptionId).orElseThrow();
        int attempts = state.attempts();
        Optional<Subscriber> subscriber = activeSubscriber(subscriptionId);
        long expired = outbox.expire(
                subscriptionId,
                System.currentTimeMillis() - properties.retryGiveUpAfter().toMillis());
        if (expired > 0) {
            log.warn(
                    "Gave up {} notification(s) for Subscription/{} after {}",
                    expired,
                    subscriptionId,
                    properties.retryGiveUpAfter());
        }
        Optional<String> refusal =
                subscriber.flatMap(s -> allowList.refusal(s.canonical().getEndpointUrl()));
        if (subscriber.isEmpty() || refusal.isPresent()) {
            refusal.ifPresent(
                    reason -> log.warn("Notification for Subscription/{} not sent: {}", subscriptionId, reason));
            outbox.release(
                    subscriptionId,
                    attempts + 1,
                    System.currentTimeMillis() + properties.retryMaxBackoff().toMillis());
            return;
        }
        PlanParticipants.Snapshot participation = participants.snapshot();
        for (Event event : outbox.pendingEvents(subscriptionId, EVENTS_PER_LEASE)) {
            if (System.currentTimeMillis() > leaseEnds) {
                break;
            }
            if (!matcher.stillOwed(subscriber.get(), event, participation)) {
                outbox.withhold(event);
                continue;
            }
            if (!sender.send(subscriber.get(), event, state.eventsSinceStart())) {
                Duration wait = backoff(attempts);
                log.info(
                        "Subscription/{} event {} not delivered to {}; next attempt in {}",
                        subscriptionId,
                        event.number(),
                        subscriber.get().canonical().getEndpointUrl(),
                        wait);
                outbox.release(subscriptionId, attempts + 1, System.currentTimeMillis() + wait.toMillis());
                return;
            }
            outbox.delivered(event, System.currentTimeMillis());
            attempts = 0;
        }
        outbox.release(subscriptionId, 0, System.currentTimeMillis());
    }

    private Optional<Subscriber> activeSubscriber(String subscriptionId) {
        try {
            Subscription subscription = daos.getResourceDao(Subscription.class)
                    .read(new org.hl7.fhir.r4.model.IdType("Subscription", subscriptionId), new SystemRequestDetails());
            return subscription.getStatus() == Subscription.SubscriptionStatus.ACTIVE
                    ? Optional.of(matcher.subscriber(subscription))
                    : Optional.empty();
        } catch (BaseServerResponseException gone) {
            return Optional.empty();
        }
    }

    private Duration backoff(int failuresSoFar) {
        long initial = properties.retryInitialBackoff().toMillis();
        long max = properties.retryMaxBackoff().toMillis();
        long wait = initial << Math.min(failuresSoFar, 30);
        return Duration.ofMillis(wait <= 0 || wait > max ? max : wait);
    }
}
