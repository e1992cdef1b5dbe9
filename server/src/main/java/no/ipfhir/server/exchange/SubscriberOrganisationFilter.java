package no.ipfhir.server.exchange;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.jpa.subscription.model.CanonicalSubscription;
import ca.uhn.fhir.jpa.subscription.model.ResourceDeliveryMessage;
import java.util.Optional;
import no.ipfhir.server.config.StorageInterceptor;
import no.ipfhir.server.kernel.SystemReader;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.springframework.stereotype.Component;

/**
 * A subscription restricted to an organisation ({@link SubscriberOrganisation}) hears only of changes to plans
 * that organisation takes part in ({@link PlanParticipants}); other matches are dropped before delivery.
 */
@Interceptor
@Component
public class SubscriberOrganisationFilter implements StorageInterceptor {

    private final PlanParticipants participants;
    private final SystemReader reader;
    private final FhirContext fhirContext;

    public SubscriberOrganisationFilter(PlanParticipants participants, SystemReader reader, FhirContext fhirContext) {
        this.participants = participants;
        this.reader = reader;
        this.fhirContext = fhirContext;
    }

    @Hook(Pointcut.SUBSCRIPTION_RESOURCE_MATCHED)
    public boolean deliverOnlyToParticipants(CanonicalSubscription subscription, ResourceDeliveryMessage message) {
        return deliverOnlyToParticipants(subscription, message, participants.snapshot());
    }

    /** As above, with participation looked up once for a whole pass over changes. */
    public boolean deliverOnlyToParticipants(
            CanonicalSubscription subscription, ResourceDeliveryMessage message, PlanParticipants.Snapshot now) {
        Optional<SubscriberOrganisation> organisation = SubscriberOrganisation.of(subscription);
        if (organisation.isEmpty()) {
            return true;
        }
        return changedResource(message)
                .map(resource -> now.takesPart(organisation.get(), resource))
                .orElse(false);
    }

    /**
     * Whether a subscriber may still hear of a change it was owed: re-checked when the event is delivered or
     * listed by {@code $events}, since the organisation may have left the plan since the change was matched.
     */
    public boolean stillTakesPart(Subscriber subscriber, IBaseResource resource, PlanParticipants.Snapshot now) {
        Optional<SubscriberOrganisation> organisation = SubscriberOrganisation.of(subscriber.canonical());
        return organisation.isEmpty() || now.takesPart(organisation.get(), resource);
    }

    private Optional<IBaseResource> changedResource(ResourceDeliveryMessage message) {
        IBaseResource payload = message.getPayload(fhirContext);
        if (payload != null) {
            return Optional.of(payload);
        }
        return reader.read(message.getPayloadId(fhirContext));
    }
}
