package no.ipfhir.server.security;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.ipfhir.server.support.ExamplePlans;
import no.ipfhir.server.support.SyntheticIds;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.RelatedPerson;

/**
 * Three stored example plans and the actors around them, for the access tests:
 * <ul>
 *   <li>plan A (stroke, Per): the municipality's physiotherapy service coordinates it; his GP and NAV take
 *       part (his consent denies NAV the goal evaluations); his wife is on the team and covered by his
 *       consent; the hospital's participation ended in 2025; his son is a RelatedPerson whom no consent names;</li>
 *   <li>plan B (child, Emma): the hospital's habilitation service takes part;</li>
 *   <li>plan D (another municipality): its mental-health service takes part in that plan only, and its
 *       koordinerende enhet manages the team without being on it.</li>
 * </ul>
 */
final class AccessWorld {

	/** One stored plan: the ids of its parts and the identifier values that belong to the patient. */
	record Plan(String patientId, String fnr, String carePlanId, String careTeamId, String consentId, String goalId,
			Set<String> markers, Map<String, String> fullUrlToId) {}

	final Plan a;
	final Plan b;
	final Plan d;
	final String wifeId;
	final String sonWithoutConsentId;
	final String municipalityOrgnr;
	final String hospitalOrgnr;
	final String endedHospitalOrgnr;
	final String otherMunicipalityOrgnr;
	final String gpOrgnr;
	final String navOrgnr;
	final String managingUnitOfDOrgnr;

	AccessWorld(FhirContext fhirContext, IGenericClient backend) {
		ExamplePlans.Identities fjordvik = new ExamplePlans.Identities();
		ExamplePlans.Identities havbygd = new ExamplePlans.Identities();
		a = store(fhirContext, backend, ExamplePlans.PATIENT_A_HJERNESLAG, fjordvik);
		b = store(fhirContext, backend, ExamplePlans.PATIENT_B_BARN, fjordvik);
		d = store(fhirContext, backend, ExamplePlans.PATIENT_D_KOORDINATORBYTTE, havbygd);
		wifeId = a.fullUrlToId().get("urn:uuid:00000000-0000-4000-8001-000000000008");
		municipalityOrgnr = fjordvik.newValue(SyntheticIds.ORGNR_SYSTEM, "991000070");
		endedHospitalOrgnr = fjordvik.newValue(SyntheticIds.ORGNR_SYSTEM, "991000046");
		hospitalOrgnr = fjordvik.newValue(SyntheticIds.ORGNR_SYSTEM, "991000119");
		otherMunicipalityOrgnr = havbygd.newValue(SyntheticIds.ORGNR_SYSTEM, "991000143");
		gpOrgnr = fjordvik.newValue(SyntheticIds.ORGNR_SYSTEM, "991000054");
		navOrgnr = fjordvik.newValue(SyntheticIds.ORGNR_SYSTEM, "991000062");
		managingUnitOfDOrgnr = havbygd.newValue(SyntheticIds.ORGNR_SYSTEM, "991000135");
		sonWithoutConsentId = storeSon(backend);
	}

	List<Plan> plans() {
		return List.of(a, b, d);
	}

	private String storeSon(IGenericClient backend) {
		RelatedPerson wife = backend.read().resource(RelatedPerson.class).withId(wifeId).execute();
		RelatedPerson son = wife.copy();
		son.setId((String) null);
		son.setMeta(new org.hl7.fhir.r4.model.Meta().setProfile(wife.getMeta().getProfile()));
		son.getIdentifier().clear();
		son.addIdentifier(new Identifier().setSystem(SyntheticIds.FNR_SYSTEM).setValue(SyntheticIds.fodselsnummer()));
		son.addIdentifier(new Identifier().setSystem("https://id.fjordvik-kommune.example/parorende")
				.setValue(SyntheticIds.unique("p-0042-2")));
		son.getName().clear();
		son.addName(new HumanName().setFamily("Hansen").addGiven("Ola"));
		son.getRelationshipFirstRep().getCodingFirstRep().setCode("SONC").setDisplay("son");
		son.setPatient(new Reference("Patient/" + a.patientId()));
		son.setText(null);
		a.markers().add(son.getIdentifier().get(0).getValue());
		return backend.create().resource(son).execute().getId().getIdPart();
	}

	private static Plan store(FhirContext fhirContext, IGenericClient backend, String example, ExamplePlans.Identities ids) {
		Set<String> markers = ExamplePlans.newMarkers();
		Bundle transaction = ExamplePlans.load(fhirContext, example, ids, markers);
		Bundle response = backend.transaction().withBundle(transaction).execute();
		Map<String, String> fullUrlToId = new HashMap<>();
		String patient = null;
		String fnr = null;
		String plan = null;
		String team = null;
		String consent = null;
		String goal = null;
		for (int i = 0; i < transaction.getEntry().size(); i++) {
			Bundle.BundleEntryComponent entry = transaction.getEntry().get(i);
			String location = response.getEntry().get(i).getResponse().getLocation();
			String id = new org.hl7.fhir.r4.model.IdType(location).getIdPart();
			fullUrlToId.put(entry.getFullUrl(), id);
			switch (entry.getResource().fhirType()) {
				case "Patient" -> {
					patient = id;
					fnr = ((org.hl7.fhir.r4.model.Patient) entry.getResource()).getIdentifierFirstRep().getValue();
				}
				case "CarePlan" -> plan = plan == null ? id : plan;
				case "CareTeam" -> team = id;
				case "Consent" -> consent = id;
				case "Goal" -> goal = goal == null ? id : goal;
				default -> {
					// the rest is reached through the plan
				}
			}
		}
		return new Plan(patient, fnr, plan, team, consent, goal, markers, fullUrlToId);
	}
}
