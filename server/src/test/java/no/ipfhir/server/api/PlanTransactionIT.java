package no.ipfhir.server.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import no.ipfhir.server.support.FhirIntegrationTest;
import no.ipfhir.server.support.PlanFixtures;
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
		IGenericClient client = client();
		String fnr = SyntheticIds.fodselsnummer();

		Bundle response = client.transaction()
				.withBundle(PlanFixtures.wholePlanTransaction(fnr, "Klare meg selv på kjøkkenet", "Gå på tur med venner"))
				.execute();

		assertThat(response.getEntry()).hasSize(5);
		assertThat(response.getEntry()).allSatisfy(e -> assertThat(e.getResponse().getStatus()).startsWith("201"));

		Patient patient = onlyPatientWith(client, fnr);
		String patientId = patient.getIdElement().toUnqualifiedVersionless().getValue();
		CarePlan plan = client.read()
				.resource(CarePlan.class)
				.withUrl(locationOf(response, "CarePlan"))
				.execute();
		assertThat(plan.getSubject().getReference()).isEqualTo(patientId);
		assertThat(plan.getGoal()).hasSize(2).allSatisfy(g -> assertThat(g.getReference()).startsWith("Goal/"));
		CareTeam team = client.read().resource(CareTeam.class).withUrl(plan.getCareTeamFirstRep().getReference()).execute();
		assertThat(team.getSubject().getReference()).isEqualTo(patientId);
		Goal goal = client.read().resource(Goal.class).withUrl(plan.getGoalFirstRep().getReference()).execute();
		assertThat(goal.getExpressedBy().getReference()).isEqualTo(patientId);
	}

	@Test
	void secondTransactionForTheSamePatientReusesTheExistingPatient() {
		IGenericClient client = client();
		String fnr = SyntheticIds.fodselsnummer();
		client.transaction().withBundle(PlanFixtures.wholePlanTransaction(fnr, "Første mål")).execute();

		Bundle second = client.transaction().withBundle(PlanFixtures.wholePlanTransaction(fnr, "Andre mål")).execute();

		assertThat(second.getEntryFirstRep().getResponse().getStatus()).startsWith("200");
		onlyPatientWith(client, fnr);
	}

	@Test
	void transactionWithOneBadEntryStoresNothing() {
		IGenericClient client = client();
		String fnr = SyntheticIds.fodselsnummer();
		Bundle bundle = PlanFixtures.wholePlanTransaction(fnr, "Et mål som aldri blir lagret");
		Goal aboutAPatientWhoDoesNotExist = PlanFixtures.goal(new Reference("Patient/" + SyntheticIds.unique("missing")), "Mål");
		PlanFixtures.post(bundle, "urn:uuid:" + java.util.UUID.randomUUID(), aboutAPatientWhoDoesNotExist);

		assertThatThrownBy(() -> client.transaction().withBundle(bundle).execute())
				.isInstanceOfSatisfying(BaseServerResponseException.class, e -> {
					assertThat(e.getStatusCode()).isBetween(400, 499);
					assertThat(e.getOperationOutcome()).isInstanceOf(OperationOutcome.class);
				});

		Bundle patients = client.search()
				.forResource(Patient.class)
				.where(Patient.IDENTIFIER.exactly().systemAndCode(SyntheticIds.FNR_SYSTEM, fnr))
				.returnBundle(Bundle.class)
				.execute();
		assertThat(patients.getEntry()).as("nothing of the failed transaction is stored").isEmpty();
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

	private static String locationOf(Bundle response, String type) {
		return response.getEntry().stream()
				.map(e -> e.getResponse().getLocation())
				.filter(location -> location.startsWith(type + "/"))
				.findFirst()
				.orElseThrow();
	}
}
