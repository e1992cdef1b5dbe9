package no.ipfhir.server.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import no.ipfhir.server.support.ExamplePlans;
import no.ipfhir.server.support.FhirIntegrationTest;
import no.ipfhir.server.support.StoredPlan;
import no.ipfhir.server.support.SyntheticIds;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.Test;

/** A whole plan arrives in one transaction Bundle, and is stored whole or not at all. */
class PlanTransactionIT extends FhirIntegrationTest {

    @Test
    void transactionCreatesPatientTeamGoalsAndPlanLinkedThroughConditionalReferences() {
        StoredPlan plan = StoredPlan.store(fhirContext, client(), ExamplePlans.STROKE_REHABILITATION);

        assertThat(plan.response().getEntry())
                .hasSize(plan.sent().getEntry().size())
                .allSatisfy(e -> assertThat(e.getResponse().getStatus()).startsWith("201"));
        String patientId = onlyPatientWith(client(), plan.patientNumber())
                .getIdElement()
                .toUnqualifiedVersionless()
                .getValue();
        assertThat(plan.patientId()).isEqualTo(patientId);

        CarePlan carePlan = plan.read(CarePlan.class, plan.id("CarePlan"));
        assertThat(carePlan.getSubject().getReference()).isEqualTo(patientId);
        assertThat(carePlan.getGoal())
                .extracting(Reference::getReference)
                .containsExactlyInAnyOrderElementsOf(plan.ids("Goal"));
        CareTeam team = plan.read(CareTeam.class, carePlan.getCareTeamFirstRep().getReference());
        assertThat(team.getSubject().getReference()).isEqualTo(patientId);
        Goal goal = plan.read(Goal.class, carePlan.getGoalFirstRep().getReference());
        assertThat(goal.getSubject().getReference()).isEqualTo(patientId);
    }

    @Test
    void resendingTheSameTransactionChangesNothing() {
        IGenericClient client = client();
        Bundle plan = ExamplePlans.fresh(fhirContext, ExamplePlans.STROKE_REHABILITATION);
        client.transaction().withBundle(plan).execute();

        Bundle again = client.transaction().withBundle(plan).execute();

        assertThat(again.getEntry())
                .allSatisfy(e -> assertThat(e.getResponse().getStatus()).startsWith("200"));
        onlyPatientWith(client, ExamplePlans.patientNumber(plan));
    }

    @Test
    void transactionWithOneBadEntryStoresNothing() {
        IGenericClient client = client();
        Bundle bundle = ExamplePlans.fresh(fhirContext, ExamplePlans.STROKE_REHABILITATION);
        Goal aboutAPatientWhoDoesNotExist =
                ExamplePlans.first(bundle, Goal.class).copy();
        aboutAPatientWhoDoesNotExist.setSubject(new Reference("Patient/" + SyntheticIds.unique("missing")));
        aboutAPatientWhoDoesNotExist.getIdentifierFirstRep().setValue(SyntheticIds.unique("goal"));
        bundle.addEntry()
                .setFullUrl("urn:uuid:" + java.util.UUID.randomUUID())
                .setResource(aboutAPatientWhoDoesNotExist)
                .getRequest()
                .setMethod(Bundle.HTTPVerb.POST)
                .setUrl("Goal");

        assertThatThrownBy(() -> client.transaction().withBundle(bundle).execute())
                .isInstanceOfSatisfying(BaseServerResponseException.class, e -> {
                    assertThat(e.getStatusCode()).isBetween(400, 499);
                    assertThat(e.getOperationOutcome()).isInstanceOf(OperationOutcome.class);
                });

        Bundle patients = client.search()
                .forResource(Patient.class)
                .where(Patient.IDENTIFIER
                        .exactly()
                        .systemAndCode(SyntheticIds.FNR_SYSTEM, ExamplePlans.patientNumber(bundle)))
                .returnBundle(Bundle.class)
                .execute();
        assertThat(patients.getEntry())
                .as("nothing of the failed transaction is stored")
                .isEmpty();
    }

    private static Patient onlyPatientWith(IGenericClient client, String fnr) {
        Bundle patients = client.search()
                .forResource(Patient.class)
                .where(Patient.IDENTIFIER.exactly().systemAndCode(SyntheticIds.FNR_SYSTEM, fnr))
                .returnBundle(Bundle.class)
                .execute();
        assertThat(patients.getEntry()).hasSize(1);
        return (Patient) patients.getEntryFirstRep().getResource();
    }
}
