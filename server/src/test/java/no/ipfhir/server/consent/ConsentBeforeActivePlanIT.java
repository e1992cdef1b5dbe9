package no.ipfhir.server.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import no.ipfhir.server.support.ExamplePlans;
import no.ipfhir.server.support.FhirIntegrationTest;
import no.ipfhir.server.support.StoredPlan;
import no.ipfhir.server.support.SyntheticIds;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;

/** No individual plan without consent: a plan is active only with the patient's active IP consent. */
class ConsentBeforeActivePlanIT extends FhirIntegrationTest {

    @Test
    void activePlanWhoseConsentIsNotActiveIsRefusedAndNothingIsStored() {
        Bundle bundle = ExamplePlans.fresh(fhirContext, ExamplePlans.STROKE_REHABILITATION);
        ExamplePlans.first(bundle, Consent.class).setStatus(Consent.ConsentState.PROPOSED);

        HttpResponse<String> response = send(request("")
                .header("Content-Type", "application/fhir+json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                        fhirContext.newJsonParser().encodeResourceToString(bundle))));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(outcome(response).getIssueFirstRep().getDiagnostics()).contains("has no active IP consent");
        assertThat(outcome(response).getIssueFirstRep().getExpression().get(0).getValue())
                .isEqualTo("CarePlan.supportingInfo");
        Bundle patients = client().search()
                .forResource(Patient.class)
                .where(Patient.IDENTIFIER
                        .exactly()
                        .systemAndCode(SyntheticIds.FNR_SYSTEM, ExamplePlans.patientNumber(bundle)))
                .returnBundle(Bundle.class)
                .execute();
        assertThat(patients.getEntry()).isEmpty();
    }

    @Test
    void draftPlanWaitsForConsentAndBecomesActiveOnceConsentIsGiven() {
        Bundle bundle = ExamplePlans.fresh(fhirContext, ExamplePlans.STROKE_REHABILITATION);
        ExamplePlans.first(bundle, Consent.class).setStatus(Consent.ConsentState.PROPOSED);
        ExamplePlans.first(bundle, CarePlan.class).setStatus(CarePlan.CarePlanStatus.DRAFT);
        StoredPlan plan =
                new StoredPlan(bundle, client().transaction().withBundle(bundle).execute(), client());

        CarePlan carePlan = plan.read(CarePlan.class, plan.id("CarePlan"));
        carePlan.setStatus(CarePlan.CarePlanStatus.ACTIVE);
        assertThat(update(carePlan).statusCode()).as("active before consent").isEqualTo(422);

        Consent consent = plan.read(Consent.class, plan.id("Consent"));
        consent.setStatus(Consent.ConsentState.ACTIVE);
        assertThat(update(consent).statusCode()).isEqualTo(200);
        HttpResponse<String> activated = update(carePlan);

        assertThat(activated.statusCode()).as(activated.body()).isEqualTo(200);
    }
}
