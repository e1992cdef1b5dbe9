package no.ipfhir.server.exchange;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.jpa.searchparam.SearchParameterMap;
import ca.uhn.fhir.jpa.subscription.match.matcher.matching.ISubscriptionMatcher;
import ca.uhn.fhir.jpa.subscription.match.registry.SubscriptionCanonicalizer;
import ca.uhn.fhir.jpa.subscription.model.ResourceDeliveryMessage;
import ca.uhn.fhir.jpa.subscription.model.ResourceModifiedMessage;
import ca.uhn.fhir.rest.api.EncodingEnum;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import ca.uhn.fhir.rest.server.messaging.BaseResourceMessage.OperationTypeEnum;
import java.util.List;
import java.util.Optional;
import no.ipfhir.server.exchange.NotificationOutbox.Change;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Subscription;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * Which active subscriptions a change notifies. A topic-based subscription hears of changes to the plan part its
 * topic is about; a criteria subscription of changes its criteria match (HAPI's matcher). Either, when restricted
 * to an organisation, only of the plans that organisation takes part in ({@link SubscriberOrganisationFilter}).
 */
@Component
public class NotificationMatcher {

    private final DaoRegistry daos;
    private final FhirContext fhirContext;
    private final SubscriptionCanonicalizer canonicalizer;
    private final ISubscriptionMatcher criteriaMatcher;
    private final SubscriberOrganisationFilter organisationFilter;

    public NotificationMatcher(
            DaoRegistry daos,
            FhirContext fhirContext,
            SubscriptionCanonicalizer canonicalizer,
            @Qualifier("subscriptionMatcher") ISubscriptionMatcher criteriaMatcher,
            SubscriberOrganisationFilter organisationFilter) {
        this.daos = daos;
        this.fhirContext = fhirContext;
        this.canonicalizer = canonicalizer;
        this.criteriaMatcher = criteriaMatcher;
        this.organisationFilter = organisationFilter;
    }

    /** Read from the database, so that every server sharing it notifies the same subscriptions. */
    public List<Subscriber> activeSubscribers() {
        SearchParameterMap active = SearchParameterMap.newSynchronous(Subscription.SP_STATUS, new TokenParam("active"));
        return daos
                .getResourceDao(Subscription.class)
                .search(active, new SystemRequestDetails())
                .getAllResources()
                .stream()
                .map(Subscription.class::cast)
                .filter(subscription ->
                        subscription.getChannel().getType() == Subscription.SubscriptionChannelType.RESTHOOK)
                .map(this::subscriber)
                .toList();
    }

    public Subscriber subscriber(Subscription subscription) {
        IpTopic topic = Subscriber.isTopicBased(subscription)
                ? IpTopic.byUrl(subscription.getCriteria()).orElse(null)
                : null;
        return new Subscriber(subscription, canonicalizer.canonicalize(subscription), topic);
    }

    /** The resource as the change left it; for a deletion, as it was before. */
    public Optional<IBaseResource> changed(Change change) {
        return changed(change.resourceType(), change.resourceId(), change.version(), change.operation());
    }

    /** The resource as the event's change left it; for a deletion, as it was before. */
    public Optional<IBaseResource> changed(NotificationOutbox.Event event) {
        return changed(event.resourceType(), event.resourceId(), event.version(), event.operation());
    }

    /**
     * Whether the subscriber may still hear of this event now (its organisation still takes part in the plan
     * the changed resource belongs to); an event whose resource is gone is not told.
     */
    public boolean stillOwed(Subscriber subscriber, NotificationOutbox.Event event, PlanParticipants.Snapshot now) {
        if (SubscriberOrganisation.of(subscriber.canonical()).isEmpty()) {
            return true;
        }
        return changed(event)
                .map(resource -> organisationFilter.stillTakesPart(subscriber, resource, now))
                .orElse(false);
    }

    private Optional<IBaseResource> changed(String type, String id, long changedVersion, String operation) {
        long version = OperationTypeEnum.DELETE.name().equals(operation) ? changedVersion - 1 : changedVersion;
        try {
            return Optional.of(daos.getResourceDao(type)
                    .read(new IdType(type, id, Long.toString(version)), new SystemRequestDetails()));
        } catch (BaseServerResponseException gone) {
            return Optional.empty();
        }
    }

    public boolean notifies(
            Subscriber subscriber, Change change, IBaseResource resource, PlanParticipants.Snapshot participation) {
        if (Subscriber.isTopicBased(subscriber.resource())) {
            if (subscriber.topic() == null || !subscriber.topic().covers(change.resourceType())) {
                return false;
            }
        } else if (!criteriaMatch(subscriber, change, resource)) {
            return false;
        }
        ResourceDeliveryMessage delivery = new ResourceDeliveryMessage();
        delivery.setSubscription(subscriber.canonical());
        delivery.setPayload(fhirContext, resource, EncodingEnum.JSON);
        return organisationFilter.deliverOnlyToParticipants(subscriber.canonical(), delivery, participation);
    }

    private boolean criteriaMatch(Subscriber subscriber, Change change, IBaseResource resource) {
        String criteria = subscriber.resource().getCriteria();
        if (criteria == null
                || !(criteria.equals(change.resourceType()) || criteria.startsWith(change.resourceType() + "?"))) {
            return false;
        }
        ResourceModifiedMessage modified =
                new ResourceModifiedMessage(fhirContext, resource, OperationTypeEnum.valueOf(change.operation()));
        return criteriaMatcher.match(subscriber.canonical(), modified).matched();
    }
}
