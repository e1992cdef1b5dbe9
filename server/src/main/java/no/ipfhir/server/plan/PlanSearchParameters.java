package no.ipfhir.server.plan;

import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import ca.uhn.fhir.rest.server.util.ISearchParamRegistry;
import no.ipfhir.server.kernel.IpCodes;
import no.ipfhir.server.kernel.IpPackage;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.SearchParameter;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The EHR's worklist asks which of its plans are due for evaluation: {@code
 * CarePlan?status=active&next-evaluation=le2026-12-31}. The date is the plan's extension
 * no-ip-nextEvaluation, which R4 has no search parameter for, so it is declared here (an unchanged
 * declaration is not stored again).
 */
@Component
public class PlanSearchParameters {

    public static final String NEXT_EVALUATION = "next-evaluation";

    private final DaoRegistry daoRegistry;
    private final ISearchParamRegistry searchParamRegistry;

    public PlanSearchParameters(DaoRegistry daoRegistry, ISearchParamRegistry searchParamRegistry) {
        this.daoRegistry = daoRegistry;
        this.searchParamRegistry = searchParamRegistry;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void declare() {
        SearchParameter parameter = new SearchParameter();
        parameter.setId("careplan-next-evaluation");
        parameter.setUrl(IpPackage.CANONICAL_BASE + "/SearchParameter/careplan-next-evaluation");
        parameter.setName("NextEvaluation");
        parameter.setStatus(Enumerations.PublicationStatus.ACTIVE);
        parameter.setDescription(
                "The date the plan is next to be evaluated and revised (extension no-ip-nextEvaluation)");
        parameter.setCode(NEXT_EVALUATION);
        parameter.addBase("CarePlan");
        parameter.setType(Enumerations.SearchParamType.DATE);
        parameter.setExpression("CarePlan.extension('" + IpCodes.NEXT_EVALUATION_EXTENSION + "').value");
        daoRegistry.getResourceDao(SearchParameter.class).update(parameter, new SystemRequestDetails());
        searchParamRegistry.forceRefresh();
    }
}
