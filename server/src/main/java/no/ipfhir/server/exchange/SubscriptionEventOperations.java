package no.ipfhir.server.exchange;

import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Operation;
import ca.uhn.fhir.rest.annotation.OperationParam;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import java.util.List;
import no.ipfhir.server.config.FhirServerProperties;
import no.ipfhir.server.config.OperationProvider;
import no.ipfhir.server.exchange.NotificationBundles.Content;
import no.ipfhir.server.exchange.NotificationBundles.Type;
import no.ipfhir.server.exchange.NotificationOutbox.Event;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Subscription;
import org.springframework.stereotype.Component;

/**
 * The Subscriptions Backport's operations, so that a receiver that was down can learn what it missed:
 * {@code GET Subscription/{id}/$status} (how many events there have been) and
 * {@code GET Subscription/{id}/$events?eventsSinceNumber=…&eventsUntilNumber=…} (those events, as a notification
 * Bundle). Events are kept for {@code fhir.subscription.event-retention}, whether delivered or not.
 */
@Component
public class SubscriptionEventOperations implements OperationProvider {

    /** The most events one {@code $events} call returns; ask again from the next number for more. */
    static final int MAX_EVENTS = 1000;

    private final DaoRegistry daos;
    private final NotificationOutbox outbox;
    private final NotificationMatcher matcher;
    private final PlanParticipants participants;
    private final SubscriptionOwnership ownership;
    private final FhirServerProperties server;

    public SubscriptionEventOperations(
            DaoRegistry daos,
            NotificationOutbox outbox,
            NotificationMatcher matcher,
            PlanParticipants participants,
            SubscriptionOwnership ownership,
            FhirServerProperties server) {
        this.daos = daos;
        this.outbox = outbox;
        this.matcher = matcher;
        this.participants = participants;
        this.ownership = ownership;
        this.server = server;
    }

    @Operation(name = "$status", idempotent = true, type = Subscription.class)
    public Bundle status(@IdParam IdType id, RequestDetails request) {
        Subscriber subscriber = subscriber(id, request);
        return NotificationBundles.statusBundle(
                subscriber.id(), subscriber.topic(), statusOf(subscriber), eventsSinceStart(subscriber));
    }

    @Operation(name = "$events", idempotent = true, type = Subscription.class)
    public Bundle events(
            @IdParam IdType id,
            @OperationParam(name = "eventsSinceNumber", min = 0, max = 1, typeName = "string") StringType since,
            @OperationParam(name = "eventsUntilNumber", min = 0, max = 1, typeName = "string") StringType until,
            @OperationParam(name = "content", min = 0, max = 1, typeName = "code") CodeType content,
            RequestDetails request) {
        Subscriber subscriber = subscriber(id, request);
        long total = eventsSinceStart(subscriber);
        long from = number(since, "eventsSinceNumber", 1);
        long to = number(until, "eventsUntilNumber", total);
        Content wanted = content == null || !content.hasValue()
                ? subscriber.content()
                : Content.of(content.getValue())
                        .orElseThrow(() -> new InvalidRequestException(
                                "The parameter 'content' must be 'id-only' or 'empty', not '" + content.getValue()
                                        + "'."));
        // What the subscriber's organisation may hear of now: nothing more of a plan it has left.
        PlanParticipants.Snapshot participation = participants.snapshot();
        List<Event> events = outbox.events(subscriber.id(), from, to, MAX_EVENTS).stream()
                .filter(event -> !NotificationOutbox.WITHHELD.equals(event.status()))
                .filter(event -> matcher.stillOwed(subscriber, event, participation))
                .toList();
        return NotificationBundles.notification(
                subscriber.id(),
                subscriber.topic(),
                statusOf(subscriber),
                Type.QUERY_EVENT,
                total,
                events,
                wanted,
                server.publicBaseUrl().isBlank() ? request.getFhirServerBase() : server.publicBaseUrl());
    }

    private Subscriber subscriber(IdType id, RequestDetails request) {
        Subscription subscription =
                daos.getResourceDao(Subscription.class).read(id.toUnqualifiedVersionless(), request);
        if (!ownership.visibleTo(request, subscription)) {
            throw new ResourceNotFoundException("Subscription/" + id.getIdPart() + " is not known");
        }
        return matcher.subscriber(subscription);
    }

    private long eventsSinceStart(Subscriber subscriber) {
        return outbox.state(subscriber.id())
                .map(NotificationOutbox.State::eventsSinceStart)
                .orElse(0L);
    }

    private static String statusOf(Subscriber subscriber) {
        return subscriber.resource().getStatus() == null
                ? "requested"
                : subscriber.resource().getStatus().toCode();
    }

    private static long number(StringType value, String name, long otherwise) {
        if (value == null || !value.hasValue()) {
            return otherwise;
        }
        try {
            long number = Long.parseLong(value.getValue().trim());
            if (number < 0) {
                throw new NumberFormatException();
            }
            return number;
        } catch (NumberFormatException e) {
            throw new InvalidRequestException("The parameter '" + name + "' must be an event number (0, 1, 2, …), not '"
                    + value.getValue() + "'.");
        }
    }
}
