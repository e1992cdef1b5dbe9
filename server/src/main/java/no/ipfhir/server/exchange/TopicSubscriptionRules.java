package no.ipfhir.server.exchange;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import no.ipfhir.server.exchange.NotificationBundles.Content;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Subscription;
import org.springframework.stereotype.Component;

/**
 * A topic-based subscription (R4 Subscriptions Backport) names one of the IP topics in {@code criteria} and asks
 * for {@code id-only} or {@code empty} content; the whole resource is not sent, so that each receiver reads it
 * with its own authorisation. One that does is active at once: the topics are this server's own, so there is
 * nothing to wait for.
 */
@Component
public class TopicSubscriptionRules {

    static final String FILTER_CRITERIA =
            "http://hl7.org/fhir/uv/subscriptions-backport/StructureDefinition/backport-filter-criteria";

    private final FhirContext fhirContext;

    public TopicSubscriptionRules(FhirContext fhirContext) {
        this.fhirContext = fhirContext;
    }

    /** The write pipeline's step for a Subscription created or updated; it completes the filter HAPI insists on. */
    public void check(IBaseResource resource) {
        if (!(resource instanceof Subscription subscription) || !Subscriber.isTopicBased(subscription)) {
            return;
        }
        Optional<IpTopic> topic = IpTopic.byUrl(subscription.getCriteria());
        if (topic.isEmpty()) {
            throw refused(
                    "Subscription.criteria",
                    "'" + subscription.getCriteria() + "' is not a topic of this server. "
                            + "Name one of "
                            + Arrays.stream(IpTopic.values()).map(IpTopic::url).collect(Collectors.joining(", "))
                            + " in Subscription.criteria, or subscribe with search criteria (e.g. CareTeam?status=active).");
        }
        if (subscription.getChannel().getType() != Subscription.SubscriptionChannelType.RESTHOOK) {
            throw refused("Subscription.channel.type", "Topic-based subscriptions are delivered by rest-hook only.");
        }
        Optional<String> content = Subscriber.requestedContent(subscription);
        if (content.isPresent() && Content.of(content.get()).isEmpty()) {
            throw refused(
                    "Subscription.channel.payload.extension",
                    "Notifications carry 'id-only' or 'empty' content, " + "not '" + content.get()
                            + "': the receiver reads each changed resource with its own authorisation.");
        }
        List<Extension> filters = subscription.getCriteriaElement().getExtensionsByUrl(FILTER_CRITERIA);
        List<String> allResources =
                topic.get().resourceTypes().stream().map(type -> type + "?").toList();
        if (filters.isEmpty()) {
            // HAPI insists on a filter; the topic's resources, as many as the organisation restriction lets through.
            allResources.forEach(
                    all -> subscription.getCriteriaElement().addExtension(FILTER_CRITERIA, new StringType(all)));
        } else if (filters.stream()
                .anyMatch(filter -> !allResources.contains(filter.getValue().primitiveValue()))) {
            throw refused(
                    "Subscription.criteria.extension",
                    "Filters on a topic (" + FILTER_CRITERIA + ") are not "
                            + "supported yet: leave them out. A subscription restricted to an organisation hears only of its plans.");
        }
        if (subscription.getStatus() == null || subscription.getStatus() == Subscription.SubscriptionStatus.REQUESTED) {
            subscription.setStatus(Subscription.SubscriptionStatus.ACTIVE);
        }
    }

    private UnprocessableEntityException refused(String expression, String message) {
        OperationOutcome outcome = new OperationOutcome();
        outcome.addIssue()
                .setSeverity(OperationOutcome.IssueSeverity.ERROR)
                .setCode(OperationOutcome.IssueType.BUSINESSRULE)
                .setDiagnostics(message)
                .addExpression(expression);
        return new UnprocessableEntityException(fhirContext, outcome);
    }
}
