package no.ipfhir.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.rest.api.MethodOutcome;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import java.util.function.Consumer;
import java.util.stream.Stream;
import no.ipfhir.server.support.FhirIntegrationTest;
import no.ipfhir.server.support.PlanFixtures;
import no.ipfhir.server.support.SyntheticIds;
import org.hl7.fhir.instance.model.api.IIdType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Create, read, update, vread and history for the resources an individual plan is made of. */
class ResourceLifecycleIT extends FhirIntegrationTest {

	static Stream<Arguments> planResources() {
		Reference patient = new Reference("Patient/placeholder");
		return Stream.of(
				lifecycle("Patient", () -> PlanFixtures.patient(SyntheticIds.fodselsnummer()),
						r -> ((Patient) r).getNameFirstRep().setFamily("Nordmann")),
				lifecycle("CarePlan", () -> PlanFixtures.carePlan(patient, null),
						r -> ((CarePlan) r).setTitle("Individuell plan, revidert")),
				lifecycle("CareTeam", () -> PlanFixtures.careTeam(patient, "Ansvarsgruppe"),
						r -> ((CareTeam) r).setName("Ansvarsgruppe for Kari")),
				lifecycle("Goal", () -> PlanFixtures.goal(patient, "Gå til butikken alene"),
						r -> ((Goal) r).setLifecycleStatus(Goal.GoalLifecycleStatus.COMPLETED)));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("planResources")
	void createReadUpdateVreadAndHistoryKeepEveryVersion(
			java.util.function.Supplier<Resource> fixture, Consumer<Resource> change) {
		IGenericClient client = client();
		Resource resource = withRealPatient(client, fixture.get());

		MethodOutcome created = client.create().resource(resource).execute();
		assertThat(created.getCreated()).isTrue();
		IIdType id = created.getId();
		assertThat(id.getVersionIdPart()).isEqualTo("1");

		Resource read = (Resource) client.read().resource(resource.fhirType()).withId(id.getIdPart()).execute();
		assertThat(read.getMeta().getVersionId()).isEqualTo("1");

		change.accept(read);
		MethodOutcome updated = client.update().resource(read).execute();
		assertThat(updated.getId().getVersionIdPart()).isEqualTo("2");

		Resource version1 = (Resource) client.read().resource(resource.fhirType()).withIdAndVersion(id.getIdPart(), "1").execute();
		Resource version2 = (Resource) client.read().resource(resource.fhirType()).withIdAndVersion(id.getIdPart(), "2").execute();
		assertThat(fhirContext.newJsonParser().encodeResourceToString(version1))
				.isNotEqualTo(fhirContext.newJsonParser().encodeResourceToString(version2));
		assertThat(version2.getMeta().getVersionId()).isEqualTo("2");

		Bundle history = client.history().onInstance(id.toVersionless()).returnBundle(Bundle.class).execute();
		assertThat(history.getEntry())
				.extracting(e -> e.getResource().getMeta().getVersionId())
				.containsExactly("2", "1");
	}

	/** Plans, teams and goals must point at a patient that exists; the fixture's placeholder is replaced. */
	private static Resource withRealPatient(IGenericClient client, Resource resource) {
		if (resource instanceof Patient) {
			return resource;
		}
		IIdType patientId = client.create()
				.resource(PlanFixtures.patient(SyntheticIds.fodselsnummer()))
				.execute()
				.getId()
				.toUnqualifiedVersionless();
		Reference patient = new Reference(patientId);
		if (resource instanceof CarePlan plan) {
			plan.setSubject(patient);
			plan.getCareTeam().clear();
		} else if (resource instanceof CareTeam team) {
			team.setSubject(patient);
			team.getParticipantFirstRep().setMember(patient);
		} else if (resource instanceof Goal goal) {
			goal.setSubject(patient);
			goal.setExpressedBy(patient);
		}
		return resource;
	}

	private static Arguments lifecycle(
			String type, java.util.function.Supplier<Resource> fixture, Consumer<Resource> change) {
		return Arguments.of(Named.of(type, fixture), change);
	}
}
