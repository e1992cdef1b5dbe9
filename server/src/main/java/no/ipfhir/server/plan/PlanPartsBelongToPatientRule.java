package no.ipfhir.server.plan;

import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import java.util.List;
import no.ipfhir.server.kernel.PatientOf;
import no.ipfhir.server.kernel.SystemReader;
import no.ipfhir.server.kernel.WriteRule;
import no.ipfhir.server.kernel.WriteStep;
import no.ipfhir.server.rest.Outcomes;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.Reference;
import org.springframework.stereotype.Component;

/**
 * The goals, team, tiltak, needs and consent a plan refers to are about the plan's own patient:
 * one patient's goal can never end up in another patient's plan.
 */
@Component
public class PlanPartsBelongToPatientRule implements WriteRule {

    private final SystemReader stored;
    private final PatientOf patientOf;

    public PlanPartsBelongToPatientRule(SystemReader stored, PatientOf patientOf) {
        this.stored = stored;
        this.patientOf = patientOf;
    }

    @Override
    public WriteStep step() {
        return WriteStep.PLAN_PARTS_OF_ITS_PATIENT;
    }

    @Override
    public void check(IBaseResource resource, IBaseResource previous) {
        if (!(resource instanceof CarePlan plan) || !plan.getSubject().hasReference()) {
            return;
        }
        String patient = PatientOf.versionless(plan.getSubject());
        OperationOutcome outcome = new OperationOutcome();
        checkAll(outcome, patient, "CarePlan.goal", plan.getGoal());
        checkAll(outcome, patient, "CarePlan.careTeam", plan.getCareTeam());
        checkAll(outcome, patient, "CarePlan.addresses", plan.getAddresses());
        checkAll(outcome, patient, "CarePlan.supportingInfo", plan.getSupportingInfo());
        List<CarePlan.CarePlanActivityComponent> activities = plan.getActivity();
        for (int i = 0; i < activities.size(); i++) {
            checkOne(
                    outcome,
                    patient,
                    "CarePlan.activity[" + i + "].reference",
                    activities.get(i).getReference());
        }
        if (!outcome.getIssue().isEmpty()) {
            throw new UnprocessableEntityException(Outcomes.summary(outcome), outcome);
        }
    }

    private void checkAll(OperationOutcome outcome, String patient, String path, List<Reference> references) {
        for (int i = 0; i < references.size(); i++) {
            checkOne(outcome, patient, path + "[" + i + "]", references.get(i));
        }
    }

    private void checkOne(OperationOutcome outcome, String patient, String expression, Reference reference) {
        stored.read(reference)
                .map(patientOf::patients)
                .ifPresent(owners -> owners.forEach(owner -> {
                    if (!owner.equals(patient)) {
                        Outcomes.addError(
                                outcome,
                                IssueType.BUSINESSRULE,
                                expression,
                                reference.getReference() + " is about " + owner + ", but the plan is about " + patient
                                        + "; every part of a plan belongs to the plan's patient.",
                                "Refer to a resource about " + patient + ", or correct the subject of the plan.");
                    }
                }));
    }
}
