package no.ipfhir.server.consent;

import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import no.ipfhir.server.plan.IndividualPlans;
import no.ipfhir.server.plan.StoredResources;
import no.ipfhir.server.profile.IpPackage;
import no.ipfhir.server.rest.Outcomes;
import no.ipfhir.server.validation.WriteRule;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.Reference;
import org.springframework.stereotype.Component;

/**
 * No individual plan without consent: a plan can only be (or become) active when it refers, in
 * supportingInfo, to an active IP consent of the same patient. Withdrawing consent later deletes
 * nothing; it is the access rules that stop showing the plan to those no longer covered.
 */
@Component
public class ConsentBeforeActivePlanRule implements WriteRule {

	private final StoredResources stored;

	public ConsentBeforeActivePlanRule(StoredResources stored) {
		this.stored = stored;
	}

	@Override
	public void check(IBaseResource resource, IBaseResource previous) {
		if (!(resource instanceof CarePlan plan) || !IndividualPlans.isActiveIndividualPlan(plan)) {
			return;
		}
		String patient = new IdType(plan.getSubject().getReference()).toUnqualifiedVersionless().getValue();
		boolean consented = plan.getSupportingInfo().stream()
				.map(stored::resolve)
				.flatMap(java.util.Optional::stream)
				.filter(Consent.class::isInstance)
				.map(Consent.class::cast)
				.anyMatch(consent -> isActiveIpConsentOf(consent, patient));
		if (!consented) {
			String rule = "An individual plan can only be active when the patient has consented: " + patient
					+ " has no active IP consent that this plan refers to.";
			OperationOutcome outcome = Outcomes.error(IssueType.BUSINESSRULE, "CarePlan.supportingInfo", rule,
					"Store the patient's Consent (category individuell-plan, status active) and refer to it from "
							+ "CarePlan.supportingInfo, or keep the plan as a draft until consent is given.");
			throw new UnprocessableEntityException(rule, outcome);
		}
	}

	private static boolean isActiveIpConsentOf(Consent consent, String patient) {
		Reference consentPatient = consent.getPatient();
		return consent.getStatus() == Consent.ConsentState.ACTIVE
				&& consentPatient.hasReference()
				&& new IdType(consentPatient.getReference()).toUnqualifiedVersionless().getValue().equals(patient)
				&& consent.getCategory().stream()
						.flatMap(category -> category.getCoding().stream())
						.anyMatch(coding -> IpPackage.CONSENT_CATEGORY_SYSTEM.equals(coding.getSystem())
								&& IpPackage.INDIVIDUAL_PLAN_CODE.equals(coding.getCode()));
	}
}
