package no.ipfhir.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.gclient.StringClientParam;
import java.util.List;
import no.ipfhir.server.support.FhirIntegrationTest;
import no.ipfhir.server.support.PlanFixtures;
import no.ipfhir.server.support.SyntheticIds;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The searches an EHR uses to fetch a plan with its parts. */
class PlanSearchIT extends FhirIntegrationTest {

	private IGenericClient client;
	private String fnr;
	private String patientId;

	@BeforeEach
	void storeOnePlan() {
		client = client();
		fnr = SyntheticIds.fodselsnummer();
		client.transaction()
				.withBundle(PlanFixtures.wholePlanTransaction(fnr, "Svømme 200 meter", "Lage middag selv"))
				.execute();
		patientId = client.search()
				.forResource(Patient.class)
				.where(Patient.IDENTIFIER.exactly().systemAndCode(SyntheticIds.FNR_SYSTEM, fnr))
				.returnBundle(Bundle.class)
				.execute()
				.getEntryFirstRep()
				.getResource()
				.getIdElement()
				.toUnqualifiedVersionless()
				.getValue();
	}

	@Test
	void planSearchIncludesItsGoalsAndCareTeam() {
		Bundle result = client.search()
				.byUrl("CarePlan?patient=" + patientId + "&_include=CarePlan:goal&_include=CarePlan:care-team")
				.returnBundle(Bundle.class)
				.execute();

		assertThat(typesByMode(result, Bundle.SearchEntryMode.MATCH)).containsExactly("CarePlan");
		assertThat(typesByMode(result, Bundle.SearchEntryMode.INCLUDE))
				.containsExactlyInAnyOrder("Goal", "Goal", "CareTeam");
	}

	@Test
	void patientSearchRevincludesThePlansAboutThePatient() {
		Bundle result = client.search()
				.byUrl("Patient?_id=" + patientId + "&_revinclude=CarePlan:subject&_revinclude=Goal:subject")
				.returnBundle(Bundle.class)
				.execute();

		assertThat(typesByMode(result, Bundle.SearchEntryMode.MATCH)).containsExactly("Patient");
		assertThat(typesByMode(result, Bundle.SearchEntryMode.INCLUDE))
				.containsExactlyInAnyOrder("CarePlan", "Goal", "Goal");
	}

	@Test
	void planIsFoundThroughAChainOnThePatientsFodselsnummer() {
		Bundle result = client.search()
				.byUrl("CarePlan?subject:Patient.identifier=" + SyntheticIds.FNR_SYSTEM + "|" + fnr)
				.returnBundle(Bundle.class)
				.execute();

		assertThat(result.getEntry()).hasSize(1);
		assertThat(((CarePlan) result.getEntryFirstRep().getResource()).getSubject().getReference()).isEqualTo(patientId);
	}

	@Test
	void goalIsFoundByAWordInItsDescription() {
		String word = "sjakkturnering" + SyntheticIds.unique("").replace("-", "").substring(0, 8);
		client.create()
				.resource(PlanFixtures.goal(new org.hl7.fhir.r4.model.Reference(patientId), "Delta i en " + word + " på biblioteket"))
				.execute();

		Bundle result = client.search()
				.forResource(Goal.class)
				.where(new StringClientParam("_content").matches().value(word))
				.returnBundle(Bundle.class)
				.execute();

		assertThat(result.getEntry()).hasSize(1);
		assertThat(((Goal) result.getEntryFirstRep().getResource()).getDescription().getText()).contains(word);
	}

	@Test
	void planIsFoundByAWordInItsNarrative() {
		String word = "rehabiliteringsopphold" + SyntheticIds.unique("").replace("-", "").substring(0, 8);
		CarePlan plan = PlanFixtures.carePlan(new org.hl7.fhir.r4.model.Reference(patientId), null);
		plan.getCareTeam().clear();
		plan.getText().setStatus(org.hl7.fhir.r4.model.Narrative.NarrativeStatus.GENERATED)
				.setDivAsString("<div xmlns=\"http://www.w3.org/1999/xhtml\">Plan etter " + word + "</div>");
		client.create().resource(plan).execute();

		Bundle result = client.search()
				.byUrl("CarePlan?_text=" + word)
				.returnBundle(Bundle.class)
				.execute();

		assertThat(result.getEntry()).hasSize(1);
	}

	private static List<String> typesByMode(Bundle bundle, Bundle.SearchEntryMode mode) {
		return bundle.getEntry().stream()
				.filter(e -> e.getSearch().getMode() == mode)
				.map(Bundle.BundleEntryComponent::getResource)
				.map(Resource::fhirType)
				.toList();
	}
}
