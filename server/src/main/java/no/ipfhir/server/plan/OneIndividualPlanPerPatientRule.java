package no.ipfhir.server.plan;

import ca.uhn.fhir.jpa.searchparam.SearchParameterMap;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.exceptions.ResourceVersionConflictException;
import no.ipfhir.server.kernel.IpCodes;
import no.ipfhir.server.kernel.PatientWriteLock;
import no.ipfhir.server.kernel.SystemReader;
import no.ipfhir.server.kernel.WriteRule;
import no.ipfhir.server.kernel.WriteStep;
import no.ipfhir.server.rest.Outcomes;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.springframework.stereotype.Component;

/**
 * A person has one individual plan: a second active IP for the same patient is refused with 409.
 * Sub-plans (partOf the IP) are not individual plans and are not counted. The patient's write lock
 * is taken before the search, so of two plans created at the same moment the second one sees the
 * first.
 */
@Component
public class OneIndividualPlanPerPatientRule implements WriteRule {

    private final SystemReader stored;
    private final PatientWriteLock patientLock;

    public OneIndividualPlanPerPatientRule(SystemReader stored, PatientWriteLock patientLock) {
        this.stored = stored;
        this.patientLock = patientLock;
    }

    @Override
    public WriteStep step() {
        return WriteStep.ONE_INDIVIDUAL_PLAN;
    }

    @Override
    public void check(IBaseResource resource, IBaseResource previous) {
        if (!(resource instanceof CarePlan plan)
                || !IndividualPlans.isActiveIndividualPlan(plan)
                || !plan.getSubject().hasReference()) {
            return;
        }
        String ownId = plan.getIdElement().toUnqualifiedVersionless().getValue();
        patientLock.lock(plan.getSubject()
                .getReferenceElement()
                .toUnqualifiedVersionless()
                .getValue());
        SearchParameterMap activePlans = SearchParameterMap.newSynchronous()
                .add(CarePlan.SP_SUBJECT, new ReferenceParam(plan.getSubject().getReference()))
                .add(CarePlan.SP_STATUS, new TokenParam("active"))
                .add(CarePlan.SP_CATEGORY, new TokenParam(IpCodes.PLAN_CATEGORY_SYSTEM, IpCodes.INDIVIDUAL_PLAN));
        stored.search("CarePlan", activePlans).stream()
                .map(other -> other.getIdElement().toUnqualifiedVersionless().getValue())
                .filter(otherId -> !otherId.equals(ownId))
                .findFirst()
                .ifPresent(existing -> {
                    String rule = "The patient " + plan.getSubject().getReference()
                            + " already has an active individual plan (" + existing
                            + "); a person has one individual plan.";
                    throw new ResourceVersionConflictException(
                            rule,
                            Outcomes.error(
                                    IssueType.CONFLICT,
                                    "CarePlan.subject",
                                    rule,
                                    "Update " + existing
                                            + " instead, or attach this plan to it as a sub-plan with partOf and a sub-plan category."));
                });
    }
}
