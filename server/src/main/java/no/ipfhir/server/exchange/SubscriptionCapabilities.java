package no.ipfhir.server.exchange;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import no.ipfhir.server.config.ServerInterceptor;
import org.hl7.fhir.instance.model.api.IBaseConformance;
import org.hl7.fhir.r4.model.CanonicalType;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestResourceComponent;
import org.springframework.stereotype.Component;

/**
 * The CapabilityStatement says, as the Subscriptions Backport asks an R4 server to, that topic-based
 * subscriptions are served: it instantiates the backport's server CapabilityStatement, and its Subscription
 * resource claims the backport profile, lists each IP topic's canonical URL and the {@code $status} and
 * {@code $events} operations.
 */
@Interceptor
@Component
public class SubscriptionCapabilities implements ServerInterceptor {

    static final String BACKPORT = "http://hl7.org/fhir/uv/subscriptions-backport";
    static final String SERVER_CAPABILITIES = BACKPORT + "/CapabilityStatement/backport-subscription-server-r4";
    static final String TOPIC_EXTENSION =
            BACKPORT + "/StructureDefinition/capabilitystatement-subscriptiontopic-canonical";
    static final String STATUS_OPERATION = BACKPORT + "/OperationDefinition/backport-subscription-status";
    static final String EVENTS_OPERATION = BACKPORT + "/OperationDefinition/backport-subscription-events";

    @Hook(Pointcut.SERVER_CAPABILITY_STATEMENT_GENERATED)
    public void declareTopics(IBaseConformance generated) {
        CapabilityStatement capabilities = (CapabilityStatement) generated;
        capabilities.addInstantiates(SERVER_CAPABILITIES);
        capabilities.getRest().forEach(rest -> rest.getResource().stream()
                .filter(resource -> resource.getType().equals("Subscription"))
                .forEach(SubscriptionCapabilities::declare));
    }

    private static void declare(CapabilityStatementRestResourceComponent subscription) {
        subscription.addSupportedProfile(Subscriber.BACKPORT_PROFILE);
        for (IpTopic topic : IpTopic.values()) {
            subscription.addExtension(TOPIC_EXTENSION, new CanonicalType(topic.url()));
        }
        subscription
                .getOperation()
                .removeIf(operation -> operation.getName().equals("status")
                        || operation.getName().equals("events"));
        subscription.addOperation().setName("status").setDefinition(STATUS_OPERATION);
        subscription.addOperation().setName("events").setDefinition(EVENTS_OPERATION);
    }
}
