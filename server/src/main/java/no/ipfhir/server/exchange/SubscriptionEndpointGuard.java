package no.ipfhir.server.exchange;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import java.util.Optional;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Subscription;
import org.springframework.stereotype.Component;

/**
 * Refuses a rest-hook subscription whose endpoint is not on the allow-list, when it is created or changed (the
 * {@link NotificationDispatcher} checks again before each delivery), so that the server never sends requests
 * where its operator has not allowed it to.
 */
@Component
public class SubscriptionEndpointGuard {

    private final EndpointAllowList allowList;
    private final FhirContext fhirContext;

    public SubscriptionEndpointGuard(EndpointAllowList allowList, FhirContext fhirContext) {
        this.allowList = allowList;
        this.fhirContext = fhirContext;
    }

    /** The write pipeline's step for a Subscription created or updated. */
    public void check(IBaseResource resource) {
        if (!(resource instanceof Subscription subscription)
                || subscription.getChannel().getType() != Subscription.SubscriptionChannelType.RESTHOOK) {
            return;
        }
        Optional<String> refusal = allowList.refusal(subscription.getChannel().getEndpoint());
        if (refusal.isPresent()) {
            throw refused("Subscription.channel.endpoint", refusal.get());
        }
        Optional<String> filterProblem = SubscriberOrganisation.problem(subscription);
        if (filterProblem.isPresent()) {
            throw refused("Subscription.channel.extension", filterProblem.get());
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
