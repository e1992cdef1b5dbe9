package no.ipfhir.server.exchange;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.server.IPreResourceAccessDetails;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import ca.uhn.fhir.rest.server.servlet.ServletRequestDetails;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import no.ipfhir.server.authentication.Caller;
import no.ipfhir.server.authentication.CallerResolver;
import no.ipfhir.server.config.ServerInterceptor;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Subscription;
import org.springframework.stereotype.Component;

/**
 * An EHR (a token with an organisation claim) manages the subscriptions of its own organisation only: the one it
 * creates is restricted to its organisation ({@link SubscriberOrganisation}; added when left out), and those of
 * other organisations are invisible to it, as if they did not exist. So an EHR hears only of the plans it takes
 * part in, and cannot redirect or read another's notifications.
 */
@Interceptor
@Component
public class SubscriptionOwnership implements ServerInterceptor {

    private static final String NOT_YOURS = "This subscription belongs to another organisation.";

    private final CallerResolver callers;
    private final FhirContext fhirContext;

    public SubscriptionOwnership(CallerResolver callers, FhirContext fhirContext) {
        this.callers = callers;
        this.fhirContext = fhirContext;
    }

    /**
     * The write pipeline's step for a Subscription an EHR creates ({@code previous} null), changes or deletes
     * ({@code deleted}): only its own, restricted to its own organisation.
     */
    public void check(RequestDetails request, IBaseResource previous, IBaseResource resource, boolean deleted) {
        if (deleted) {
            if (resource instanceof Subscription subscription
                    && organisationOf(request).isPresent()
                    && !owns(request, subscription)) {
                throw new ForbiddenOperationException(NOT_YOURS);
            }
            return;
        }
        if (previous instanceof Subscription old && organisationOf(request).isPresent() && !owns(request, old)) {
            throw new ForbiddenOperationException(NOT_YOURS);
        }
        claim(request, resource);
    }

    /** Reads, searches and the subscription operations see only the caller's own subscriptions. */
    @Hook(Pointcut.STORAGE_PREACCESS_RESOURCES)
    public void hideOthers(RequestDetails request, IPreResourceAccessDetails details) {
        if (organisationOf(request).isEmpty()) {
            return;
        }
        for (int i = 0; i < details.size(); i++) {
            if (details.getResource(i) instanceof Subscription subscription && !owns(request, subscription)) {
                details.setDontReturnResourceAtIndex(i);
            }
        }
    }

    /** Whether the caller may see this subscription: always, unless it is an EHR and the subscription another's. */
    public boolean visibleTo(RequestDetails request, Subscription subscription) {
        return organisationOf(request).isEmpty() || owns(request, subscription);
    }

    private void claim(RequestDetails request, IBaseResource resource) {
        if (!(resource instanceof Subscription subscription)) {
            return;
        }
        Optional<Caller> caller = organisationOf(request);
        if (caller.isEmpty()) {
            return;
        }
        List<Extension> restriction =
                subscription.getChannel().getExtensionsByUrl(SubscriberOrganisation.EXTENSION_URL);
        if (restriction.isEmpty()) {
            List<String> own = List.copyOf(caller.get().organisationIdentifiers());
            if (own.size() != 1) {
                throw refused(
                        "Subscription.channel.extension",
                        "This token names several organisations; state which one "
                                + "the subscription is for with the extension " + SubscriberOrganisation.EXTENSION_URL
                                + ".");
            }
            subscription.getChannel().addExtension(SubscriberOrganisation.EXTENSION_URL, new StringType(own.get(0)));
        } else if (!owns(request, subscription)) {
            throw refused(
                    "Subscription.channel.extension",
                    "A subscription can be restricted to the caller's own " + "organisation only ("
                            + List.copyOf(caller.get().organisationIdentifiers()) + ").");
        }
    }

    private boolean owns(RequestDetails request, Subscription subscription) {
        Set<String> own =
                organisationOf(request).map(Caller::organisationIdentifiers).orElse(Set.of());
        List<Extension> restriction =
                subscription.getChannel().getExtensionsByUrl(SubscriberOrganisation.EXTENSION_URL);
        return restriction.size() == 1
                && restriction.get(0).getValue() instanceof StringType value
                && value.getValue() != null
                && own.contains(value.getValue().replace(" ", ""));
    }

    private Optional<Caller> organisationOf(RequestDetails request) {
        if (!(request instanceof ServletRequestDetails)) {
            return Optional.empty();
        }
        Caller caller = callers.caller(request);
        return caller.kind() == Caller.Kind.ORGANISATION ? Optional.of(caller) : Optional.empty();
    }

    private UnprocessableEntityException refused(String expression, String message) {
        OperationOutcome outcome = new OperationOutcome();
        outcome.addIssue()
                .setSeverity(OperationOutcome.IssueSeverity.ERROR)
                .setCode(OperationOutcome.IssueType.SECURITY)
                .setDiagnostics(message)
                .addExpression(expression);
        return new UnprocessableEntityException(fhirContext, outcome);
    }
}
