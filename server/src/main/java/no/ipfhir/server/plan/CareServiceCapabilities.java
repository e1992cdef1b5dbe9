package no.ipfhir.server.plan;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import no.ipfhir.server.config.ServerInterceptor;
import org.hl7.fhir.instance.model.api.IBaseConformance;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.springframework.stereotype.Component;

/**
 * The CapabilityStatement says that this server acts as IHE Dynamic Care Planning's Care Plan Service
 * and IHE Dynamic Care Team Management's Care Team Service: plans and teams can be created or updated
 * by PUT (with a client-assigned id, or conditionally on their identifier), and are read, vread and
 * searched with their history. HAPI already serves all of that; this makes it a stated commitment.
 */
@Interceptor
@Component
public class CareServiceCapabilities implements ServerInterceptor {

    /** IHE PCC DCP, Care Plan Service (server) CapabilityStatement. */
    static final String IHE_DCP_CARE_PLAN_SERVICE = "http://ihe.net/fhir/CapabilityStatement/IHE_DCP_CarePlanService";

    @Hook(Pointcut.SERVER_CAPABILITY_STATEMENT_GENERATED)
    public void declareCareServices(IBaseConformance generated) {
        CapabilityStatement capabilities = (CapabilityStatement) generated;
        capabilities.addInstantiates(IHE_DCP_CARE_PLAN_SERVICE);
        capabilities.getRest().forEach(rest -> rest.getResource().forEach(resource -> {
            switch (resource.getType()) {
                case "CarePlan" -> declare(
                        resource, "IHE DCP Care Plan Service: the individual plan (no-ip-CarePlan) and its sub-plans.");
                case "CareTeam" -> declare(
                        resource,
                        "IHE DCTM Care Team Service: the ansvarsgruppe (no-ip-CareTeam) with its koordinator.");
                default -> {}
            }
        }));
    }

    private static void declare(
            CapabilityStatement.CapabilityStatementRestResourceComponent resource, String documentation) {
        resource.setDocumentation(documentation);
        resource.setUpdateCreate(true);
        resource.setConditionalUpdate(true);
        resource.setReadHistory(true);
        resource.setVersioning(CapabilityStatement.ResourceVersionPolicy.VERSIONED);
    }
}
