package no.ipfhir.server.access;

import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import no.ipfhir.server.authentication.Caller;
import no.ipfhir.server.authentication.Caller.Kind;
import no.ipfhir.server.authentication.CallerResolver;
import no.ipfhir.server.exchange.SubscriberOrganisation;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Subscription;
import org.springframework.stereotype.Component;

/**
 * An EHR's subscriptions are its organisation's: the subscriber-organisation extension, which decides
 * which plans' changes it hears of, must name the organisation in the caller's token, so no one
 * subscribes for another organisation. Others' subscriptions are neither shown to it nor changed by it.
 * Trusted back ends are not limited here.
 */
@Component
public class SubscriptionOwnershipRule {

	private final CallerResolver callers;

	public SubscriptionOwnershipRule(CallerResolver callers) {
		this.callers = callers;
	}

	/** The write pipeline's step for a Subscription created ({@code previous} null), updated or deleted. */
	public void check(RequestDetails request, IBaseResource previous, IBaseResource resource) {
		if (!PlanAuthorizationInterceptor.fromOutside(request)) {
			return;
		}
		for (IBaseResource written : new IBaseResource[] {previous, resource}) {
			if (written instanceof Subscription subscription && !mayHold(request, subscription)) {
				throw new ForbiddenOperationException("A subscription of an EHR names its own organisation in the extension "
						+ SubscriberOrganisation.EXTENSION_URL + " (valueString " + "urn:oid:2.16.578.1.12.4.1.4.101|<the "
						+ "organisasjonsnummer in the token>); it cannot be made, changed or removed for another organisation.");
			}
		}
	}

	/** Whether the caller may see and hold this subscription. */
	boolean mayHold(RequestDetails request, Subscription subscription) {
		Caller caller = callers.caller(request);
		if (caller.unrestricted()) {
			return true;
		}
		return caller.kind() == Kind.ORGANISATION && SubscriberOrganisation.of(subscription)
				.map(owner -> caller.organisationIdentifiers().contains(owner.token()))
				.orElse(false);
	}
}
