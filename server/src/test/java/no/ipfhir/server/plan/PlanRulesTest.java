package no.ipfhir.server.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import no.ipfhir.server.consent.ConsentBeforeActivePlanRule;
import no.ipfhir.server.kernel.IpCodes;
import no.ipfhir.server.kernel.PatientOf;
import no.ipfhir.server.support.InMemoryReader;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.Test;

/** The plan's write rules on their own, over resources in memory. */
class PlanRulesTest {

    private static CarePlan activePlan(String id, String patient) {
        CarePlan plan = new CarePlan()
                .setStatus(CarePlan.CarePlanStatus.ACTIVE)
                .setSubject(new Reference("Patient/" + patient));
        plan.setId("CarePlan/" + id);
        plan.addCategory(new CodeableConcept(new Coding(IpCodes.PLAN_CATEGORY_SYSTEM, IpCodes.INDIVIDUAL_PLAN, null)));
        return plan;
    }

    private static Consent consent(String id, String patient, Consent.ConsentState status) {
        Consent consent = new Consent().setStatus(status).setPatient(new Reference("Patient/" + patient));
        consent.setId("Consent/" + id);
        consent.addCategory(
                new CodeableConcept(new Coding(IpCodes.CONSENT_CATEGORY_SYSTEM, IpCodes.INDIVIDUAL_PLAN, null)));
        return consent;
    }

    private static OperationOutcome outcome(BaseServerResponseException refusal) {
        return (OperationOutcome) refusal.getOperationOutcome();
    }

    @Test
    void aSecondActiveIndividualPlanIsAConflict() {
        InMemoryReader reader = new InMemoryReader().store(activePlan("first", "p1"));
        var rule = new OneIndividualPlanPerPatientRule(reader, patient -> {});

        var refusal = catchThrowableOfType(
                () -> rule.check(activePlan("second", "p1"), null), BaseServerResponseException.class);

        assertThat(refusal.getStatusCode()).isEqualTo(409);
        assertThat(outcome(refusal).getIssueFirstRep().getExpression().get(0).getValue())
                .isEqualTo("CarePlan.subject");
        assertThat(refusal.getMessage()).contains("CarePlan/first");
        assertThatCode(() -> rule.check(activePlan("first", "p1"), null)).doesNotThrowAnyException();
        assertThatCode(() -> rule.check(activePlan("other", "p2"), null)).doesNotThrowAnyException();
    }

    @Test
    void anActivePlanNeedsTheActiveConsentOfItsOwnPatient() {
        InMemoryReader reader = new InMemoryReader()
                .store(
                        consent("given", "p1", Consent.ConsentState.ACTIVE),
                        consent("withdrawn", "p1", Consent.ConsentState.INACTIVE),
                        consent("someone-else", "p2", Consent.ConsentState.ACTIVE));
        var rule = new ConsentBeforeActivePlanRule(reader);

        CarePlan consented = activePlan("a", "p1").addSupportingInfo(new Reference("Consent/given"));
        CarePlan withdrawn = activePlan("b", "p1").addSupportingInfo(new Reference("Consent/withdrawn"));
        CarePlan othersConsent = activePlan("c", "p1").addSupportingInfo(new Reference("Consent/someone-else"));

        assertThatCode(() -> rule.check(consented, null)).doesNotThrowAnyException();
        for (CarePlan refused : new CarePlan[] {withdrawn, othersConsent, activePlan("d", "p1")}) {
            var refusal = catchThrowableOfType(() -> rule.check(refused, null), BaseServerResponseException.class);
            assertThat(refusal.getStatusCode()).isEqualTo(422);
            assertThat(outcome(refusal)
                            .getIssueFirstRep()
                            .getExpression()
                            .get(0)
                            .getValue())
                    .isEqualTo("CarePlan.supportingInfo");
        }
        assertThatCode(() -> rule.check(activePlan("e", "p1").setStatus(CarePlan.CarePlanStatus.DRAFT), null))
                .doesNotThrowAnyException();
    }

    @Test
    void aPlanRefersOnlyToItsOwnPatientsParts() {
        Goal own = new Goal().setSubject(new Reference("Patient/p1"));
        own.setId("Goal/own");
        Goal foreign = new Goal().setSubject(new Reference("Patient/p2"));
        foreign.setId("Goal/foreign");
        var rule = new PlanPartsBelongToPatientRule(
                new InMemoryReader().store(own, foreign), new PatientOf(FhirContext.forR4Cached()));

        CarePlan plan = activePlan("a", "p1").addGoal(new Reference("Goal/own")).addGoal(new Reference("Goal/foreign"));
        var refusal = catchThrowableOfType(() -> rule.check(plan, null), BaseServerResponseException.class);

        assertThat(refusal.getStatusCode()).isEqualTo(422);
        assertThat(outcome(refusal).getIssue()).hasSize(1);
        assertThat(outcome(refusal).getIssueFirstRep().getExpression().get(0).getValue())
                .isEqualTo("CarePlan.goal[1]");
        assertThatCode(() -> rule.check(activePlan("b", "p1").addGoal(new Reference("Goal/own")), null))
                .doesNotThrowAnyException();
    }
}
