package no.ipfhir.server.plan;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.RestOperationTypeEnum;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.MethodNotAllowedException;
import java.util.Set;
import no.ipfhir.server.config.ServerInterceptor;
import no.ipfhir.server.rest.Outcomes;
import org.hl7.fhir.instance.model.api.IBaseConformance;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.springframework.stereotype.Component;

/**
 * Plans, goals, tiltak and teams are never deleted: they change status (completed, revoked,
 * cancelled, inactive, entered-in-error), so that the plan's history is kept. DELETE on them —
 * directly, conditionally or inside a transaction — answers 405, and the CapabilityStatement does
 * not offer it.
 */
@Interceptor
@Component
public class NothingIsDeletedRule implements ServerInterceptor {

    static final Set<String> KEPT_TYPES = Set.of("CarePlan", "Goal", "ServiceRequest", "CareTeam");

    @Hook(Pointcut.SERVER_INCOMING_REQUEST_PRE_HANDLED)
    public void refuseDeleteRequest(RequestDetails request, RestOperationTypeEnum operation) {
        if (operation == RestOperationTypeEnum.DELETE && KEPT_TYPES.contains(request.getResourceName())) {
            throw refusal(request.getResourceName());
        }
    }

    /** The write pipeline's step for each resource deleted, also inside a transaction. */
    public void check(IBaseResource resource) {
        if (KEPT_TYPES.contains(resource.fhirType())) {
            throw refusal(resource.fhirType());
        }
    }

    @Hook(Pointcut.SERVER_CAPABILITY_STATEMENT_GENERATED)
    public void withoutDelete(IBaseConformance capabilityStatement) {
        ((CapabilityStatement) capabilityStatement).getRest().forEach(rest -> rest.getResource().stream()
                .filter(resource -> KEPT_TYPES.contains(resource.getType()))
                .forEach(resource -> {
                    resource.getInteraction()
                            .removeIf(i -> i.getCode() == CapabilityStatement.TypeRestfulInteraction.DELETE);
                    resource.setConditionalDelete(null);
                }));
    }

    private static MethodNotAllowedException refusal(String type) {
        String rule = type + " resources are never deleted: an individual plan keeps its whole history.";
        return new MethodNotAllowedException(
                rule,
                Outcomes.error(
                        IssueType.NOTSUPPORTED,
                        type,
                        rule,
                        "Change the status instead (e.g. completed, revoked, cancelled, inactive or entered-in-error)."));
    }
}
