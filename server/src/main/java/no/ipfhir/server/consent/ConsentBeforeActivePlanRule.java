package no.ipfhir.server.consent;

import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import no.ipfhir.server.kernel.IpCodes;
import no.ipfhir.server.kernel.PatientOf;
import no.ipfhir.server.kernel.SystemReader;
import no.ipfhir.server.kernel.WriteRule;
import no.ipfhir.server.kernel.WriteStep;
import no.ipfhir.server.plan.IndividualPlans;
import no.ipfhir.server.rest.Outcomes;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.Consent;
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

    private final SystemReader stored;

    public ConsentBeforeActivePlanRule(SystemReader stored) {
        this.stored = stored;
    }

    @Override
    public WriteStep step() {
        return WriteStep.CONSENT_BEFORE_ACTIVE_PLAN;
    }

    @Override
    public void check(IBaseResource resource, IBaseResource previous) {
        if (!(resource instanceof CarePlan plan) || !IndividualPlans.isActiveIndividualPlan(plan)) {
            return;
        }
        String patient = PatientOf.versionless(plan.getSubject());
        boolean consented = plan.getSupportingInfo().stream()
                .map(stored::read)
                .flatMap(java.util.Optional::stream)
                .filter(Consent.class::isInstance)
                .map(Consent.class::cast)
                .anyMatch(consent -> isActiveIpConsentOf(consent, patient));
        if (!consented) {
            String rule = "An individual plan can only be active when the patient has consented: " + patient
                    + " has no active IP consent that this plan refers to.";
            OperationOutcome outcome = Outcomes.error(
                    IssueType.BUSINESSRULE,
                    "CarePlan.supportingInfo",
                    rule,
                    "Store the patient's Consent (category individuell-plan, status active) and refer to it from "
                            + "CarePlan.supportingInfo, or keep the plan as a draft until consent is given.");
            throw new UnprocessableEntityException(rule, outcome);
        }
    }

    private static boolean isActiveIpConsentOf(Consent consent, String patient) {
        Reference consentPatient = consent.getPatient();
        return consent.getStatus() == Consent.ConsentState.ACTIVE
                && consentPatient.hasReference()
                && PatientOf.versionless(consentPatient).equals(patient)
                && consent.getCategory().stream()
                        .flatMap(category -> category.getCoding().stream())
                        .anyMatch(coding -> IpCodes.CONSENT_CATEGORY_SYSTEM.equals(coding.getSystem())
                                && IpCodes.INDIVIDUAL_PLAN.equals(coding.getCode()));
    }
}
