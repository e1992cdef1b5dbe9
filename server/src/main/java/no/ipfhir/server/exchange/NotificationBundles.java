package no.ipfhir.server.exchange;

import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import no.ipfhir.server.exchange.NotificationOutbox.Event;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CanonicalType;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;

/**
 * Notification Bundles as the R4 Subscriptions Backport shapes them: a {@code history} Bundle whose first entry is
 * the subscription status (a {@code Parameters} with the backport's R4 status profile) with a
 * {@code notification-event} per event (its number, time and focus), followed, for id-only content, by an entry
 * per focus with {@code request} and {@code response} but no resource. A receiver reads the resource with its
 * own authorisation. Criteria subscriptions get the same shape without a topic, plus each event's
 * {@code operation}, as they always have.
 */
public final class NotificationBundles {

    public static final String STATUS_PROFILE =
            "http://hl7.org/fhir/uv/subscriptions-backport/StructureDefinition/backport-subscription-status-r4";

    /** What a notification carries about each event (the backport's payload content; full resources are not sent). */
    public enum Content {
        ID_ONLY("id-only"),
        EMPTY("empty");

        private final String code;

        Content(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        public static java.util.Optional<Content> of(String code) {
            return java.util.Arrays.stream(values())
                    .filter(content -> content.code.equals(code))
                    .findFirst();
        }
    }

    /** The notification types this server sends or answers with. */
    public enum Type {
        EVENT_NOTIFICATION("event-notification"),
        QUERY_STATUS("query-status"),
        QUERY_EVENT("query-event");

        private final String code;

        Type(String code) {
            this.code = code;
        }
    }

    private NotificationBundles() {}

    /**
     * @param subscriptionId the subscription's id, e.g. {@code 42}
     * @param topic the topic of a topic-based subscription, or null for a criteria subscription
     * @param baseUrl the server's base URL for the entries' {@code fullUrl}, or blank to leave it out
     */
    public static Bundle notification(
            String subscriptionId,
            IpTopic topic,
            String status,
            Type type,
            long eventsSinceStart,
            List<Event> events,
            Content content,
            String baseUrl) {
        Parameters parameters = status(subscriptionId, topic, status, type, eventsSinceStart);
        Bundle bundle = new Bundle().setType(Bundle.BundleType.HISTORY).setTimestamp(new Date());
        bundle.addEntry().setFullUrl("urn:uuid:" + UUID.randomUUID()).setResource(parameters);
        for (Event event : events) {
            IdType focus = new IdType(event.resourceType(), event.resourceId(), Long.toString(event.version()));
            Parameters.ParametersParameterComponent notified =
                    parameters.addParameter().setName("notification-event");
            notified.addPart().setName("event-number").setValue(new StringType(Long.toString(event.number())));
            notified.addPart().setName("timestamp").setValue(new InstantType(new Date(event.changedAt())));
            if (content == Content.ID_ONLY) {
                notified.addPart().setName("focus").setValue(new Reference(focus.getValue()));
                if (topic == null) {
                    notified.addPart()
                            .setName("operation")
                            .setValue(new StringType(event.operation().toLowerCase(Locale.ROOT)));
                }
                addFocusEntry(bundle, focus, event.operation(), baseUrl);
            }
        }
        return bundle;
    }

    /** {@code $status}: the status alone, in a searchset Bundle. */
    public static Bundle statusBundle(String subscriptionId, IpTopic topic, String status, long eventsSinceStart) {
        Bundle bundle = new Bundle().setType(Bundle.BundleType.SEARCHSET).setTotal(1);
        bundle.addEntry()
                .setFullUrl("urn:uuid:" + UUID.randomUUID())
                .setResource(status(subscriptionId, topic, status, Type.QUERY_STATUS, eventsSinceStart))
                .getSearch()
                .setMode(Bundle.SearchEntryMode.MATCH);
        return bundle;
    }

    private static Parameters status(
            String subscriptionId, IpTopic topic, String status, Type type, long eventsSinceStart) {
        Parameters parameters = new Parameters();
        parameters.setId(UUID.randomUUID().toString());
        if (topic != null) {
            parameters.getMeta().addProfile(STATUS_PROFILE);
        }
        parameters.addParameter().setName("subscription").setValue(new Reference("Subscription/" + subscriptionId));
        if (topic != null) {
            parameters.addParameter().setName("topic").setValue(new CanonicalType(topic.url()));
        }
        parameters.addParameter().setName("status").setValue(new CodeType(status));
        parameters.addParameter().setName("type").setValue(new CodeType(type.code));
        parameters
                .addParameter()
                .setName("events-since-subscription-start")
                .setValue(new StringType(Long.toString(eventsSinceStart)));
        return parameters;
    }

    private static void addFocusEntry(Bundle bundle, IdType focus, String operation, String baseUrl) {
        Bundle.BundleEntryComponent entry = bundle.addEntry();
        if (baseUrl != null && !baseUrl.isBlank()) {
            entry.setFullUrl(
                    baseUrl.replaceAll("/+$", "") + "/" + focus.toVersionless().getValue());
        }
        entry.getRequest()
                .setMethod(
                        switch (operation) {
                            case "CREATE" -> Bundle.HTTPVerb.POST;
                            case "DELETE" -> Bundle.HTTPVerb.DELETE;
                            default -> Bundle.HTTPVerb.PUT;
                        })
                .setUrl(focus.toVersionless().getValue());
        entry.getResponse()
                .setStatus("CREATE".equals(operation) ? "201" : "200")
                .setEtag("W/\"" + focus.getVersionIdPart() + "\"");
    }
}
