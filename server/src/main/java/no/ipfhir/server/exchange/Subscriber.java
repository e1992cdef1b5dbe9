package no.ipfhir.server.exchange;

import ca.uhn.fhir.jpa.subscription.model.CanonicalSubscription;
import java.util.Optional;
import no.ipfhir.server.exchange.NotificationBundles.Content;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Subscription;

/**
 * A stored subscription as the outbox sees it: HAPI's canonical form (endpoint, headers, channel extensions)
 * and, for a topic-based one, the topic and the content its notifications carry.
 *
 * @param topic the topic named in {@code criteria}, or null for a criteria subscription
 */
public record Subscriber(Subscription resource, CanonicalSubscription canonical, IpTopic topic) {

    public static final String BACKPORT_PROFILE =
            "http://hl7.org/fhir/uv/subscriptions-backport/StructureDefinition/backport-subscription";
    public static final String PAYLOAD_CONTENT =
            "http://hl7.org/fhir/uv/subscriptions-backport/StructureDefinition/backport-payload-content";

    public String id() {
        return resource.getIdElement().getIdPart();
    }

    /** A subscription that claims the backport profile or names a topic URL instead of search criteria. */
    public static boolean isTopicBased(Subscription subscription) {
        return subscription.getMeta().hasProfile(BACKPORT_PROFILE)
                || (subscription.hasCriteria() && subscription.getCriteria().matches("^[a-z]+:.*"));
    }

    /** A criteria subscription with a {@code channel.payload} gets the whole resource, as HAPI always sent it. */
    public boolean wantsWholeResource() {
        return topic == null && resource.getChannel().hasPayload();
    }

    public Content content() {
        return requestedContent(resource).flatMap(Content::of).orElse(Content.ID_ONLY);
    }

    /** The code in the backport's payload-content extension, if the subscription has one. */
    static Optional<String> requestedContent(Subscription subscription) {
        Extension extension = subscription.getChannel().getPayloadElement().getExtensionByUrl(PAYLOAD_CONTENT);
        return extension != null && extension.getValue() instanceof CodeType code
                ? Optional.ofNullable(code.getValue())
                : Optional.empty();
    }
}
