package no.ipfhir.server.plan;

import no.ipfhir.server.profile.IpPackage;
import org.hl7.fhir.r4.model.CarePlan;

/** What makes a CarePlan the patient's individual plan, rather than a sub-plan or another plan. */
public final class IndividualPlans {

	private IndividualPlans() {}

	public static boolean isIndividualPlan(CarePlan plan) {
		return !plan.hasPartOf()
				&& plan.getCategory().stream()
						.flatMap(category -> category.getCoding().stream())
						.anyMatch(coding -> IpPackage.PLAN_CATEGORY_SYSTEM.equals(coding.getSystem())
								&& IpPackage.INDIVIDUAL_PLAN_CODE.equals(coding.getCode()));
	}

	public static boolean isActiveIndividualPlan(CarePlan plan) {
		return plan.getStatus() == CarePlan.CarePlanStatus.ACTIVE && isIndividualPlan(plan);
	}
}
