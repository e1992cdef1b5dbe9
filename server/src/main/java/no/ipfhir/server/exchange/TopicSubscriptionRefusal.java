package no.ipfhir.server.exchange;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import no.ipfhir.server.config.ServerInterceptor;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Subscription;
import org.springframework.stereotype.Component;

/**
 * Refuses topic-based subscriptions (the R5 Subscriptions Backport), which this server does not deliver yet:
 * HAPI would store one and never notify it, so the client is told at once to use a criteria subscription.
 */
@Interceptor
@Component
public class TopicSubscriptionRefusal implements ServerInterceptor {

	private static final String BACKPORT_PROFILE =
			"http://hl7.org/fhir/uv/subscriptions-backport/StructureDefinition/backport-subscription";

	private final FhirContext fhirContext;

	public TopicSubscriptionRefusal(FhirContext fhirContext) {
		this.fhirContext = fhirContext;
	}

	@Hook(Pointcut.STORAGE_PRESTORAGE_RESOURCE_CREATED)
	public void subscriptionCreated(IBaseResource resource) {
		check(resource);
	}

	@Hook(Pointcut.STORAGE_PRESTORAGE_RESOURCE_UPDATED)
	public void subscriptionUpdated(IBaseResource oldResource, IBaseResource newResource) {
		check(newResource);
	}

	private void check(IBaseResource resource) {
		if (!(resource instanceof Subscription subscription)) {
			return;
		}
		boolean topicBased = subscription.getMeta().hasProfile(BACKPORT_PROFILE)
				|| (subscription.hasCriteria() && subscription.getCriteria().matches("^[a-z]+:.*"));
		if (topicBased) {
			OperationOutcome outcome = new OperationOutcome();
			outcome.addIssue()
					.setSeverity(OperationOutcome.IssueSeverity.ERROR)
					.setCode(OperationOutcome.IssueType.NOTSUPPORTED)
					.setDiagnostics("Topic-based subscriptions (Subscriptions Backport) are not supported by this server "
							+ "yet. Subscribe with search criteria instead, e.g. CareTeam?status=active or "
							+ "ServiceRequest?intent=plan.")
					.addExpression("Subscription.criteria");
			throw new UnprocessableEntityException(fhirContext, outcome);
		}
	}
}
