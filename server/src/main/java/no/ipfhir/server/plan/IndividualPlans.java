package no.ipfhir.server.plan;

import no.ipfhir.server.kernel.IpCodes;
import org.hl7.fhir.r4.model.CarePlan;

/** What makes a CarePlan the patient's individual plan, rather than a sub-plan or another plan. */
public final class IndividualPlans {

    private IndividualPlans() {}

    public static boolean isIndividualPlan(CarePlan plan) {
        return !plan.hasPartOf()
                && plan.getCategory().stream()
                        .flatMap(category -> category.getCoding().stream())
                        .anyMatch(coding -> IpCodes.PLAN_CATEGORY_SYSTEM.equals(coding.getSystem())
                                && IpCodes.INDIVIDUAL_PLAN.equals(coding.getCode()));
    }

    public static boolean isActiveIndividualPlan(CarePlan plan) {
        return plan.getStatus() == CarePlan.CarePlanStatus.ACTIVE && isIndividualPlan(plan);
    }
}
