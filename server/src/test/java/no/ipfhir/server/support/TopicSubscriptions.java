package no.ipfhir.server.support;

import no.ipfhir.server.exchange.IpTopic;
import no.ipfhir.server.exchange.Subscriber;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.Subscription;

/** Topic-based rest-hook subscriptions as an EHR sends them (Subscriptions R5 Backport, id-only payload). */
public final class TopicSubscriptions {

    private TopicSubscriptions() {}

    public static Subscription idOnly(IpTopic topic, String endpoint) {
        Subscription subscription = new Subscription();
        subscription.getMeta().addProfile(Subscriber.BACKPORT_PROFILE);
        subscription.setStatus(Subscription.SubscriptionStatus.REQUESTED);
        subscription.setReason("Varsle journalsystemet om endringer i individuell plan");
        subscription.setCriteria(topic.url());
        subscription
                .getChannel()
                .setType(Subscription.SubscriptionChannelType.RESTHOOK)
                .setEndpoint(endpoint)
                .setPayload("application/fhir+json")
                .getPayloadElement()
                .addExtension(Subscriber.PAYLOAD_CONTENT, new CodeType("id-only"));
        return subscription;
    }
}
