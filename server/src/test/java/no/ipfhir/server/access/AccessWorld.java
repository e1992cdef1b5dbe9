package no.ipfhir.server.access;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.ipfhir.server.support.ExamplePlans;
import no.ipfhir.server.support.SyntheticIds;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.RelatedPerson;

/**
 * Three stored example plans and the actors around them, for the access tests:
 * <ul>
 *   <li>plan A (stroke, Per): the municipality's physiotherapy service coordinates it; his GP and NAV take
 *       part (his consent denies NAV the goal evaluations); his wife is on the team and covered by his
 *       consent; the hospital's participation ended in 2025; his son is a RelatedPerson whom no consent names;</li>
 *   <li>plan B (child, Emma): the hospital's habilitation service takes part (through a PractitionerRole),
 *       and so does the PP service; the koordinator works for the municipality's koordinerende enhet;</li>
 *   <li>plan D (another municipality): its mental-health service takes part in that plan only, and its
 *       koordinerende enhet manages the team without being on it.</li>
 * </ul>
 */
final class AccessWorld {

    /** One stored plan: the ids of its parts and the identifier values that belong to the patient. */
    record Plan(
            String patientId,
            String fnr,
            String carePlanId,
            String careTeamId,
            String consentId,
            String goalId,
            Set<String> markers,
            Map<String, String> fullUrlToId) {}

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
    final String coordinatorOfBOrgnr;
    final String pptOfBOrgnr;
    final String hospitalRoleOfB;

    AccessWorld(FhirContext fhirContext, IGenericClient backend) {
        Bundle exampleA = ExamplePlans.fresh(fhirContext, ExamplePlans.STROKE_REHABILITATION);
        Bundle exampleB = ExamplePlans.fresh(fhirContext, ExamplePlans.CHILD_HABILITATION);
        Bundle exampleD = ExamplePlans.fresh(fhirContext, ExamplePlans.COORDINATOR_CHANGE);
        a = store(fhirContext, backend, exampleA);
        b = store(fhirContext, backend, exampleB);
        d = store(fhirContext, backend, exampleD);
        wifeId = a.fullUrlToId().get("urn:uuid:00000000-0000-4000-8001-000000000008");
        municipalityOrgnr = orgnr(exampleA, "urn:uuid:00000000-0000-4000-8001-000000000003");
        endedHospitalOrgnr = orgnr(exampleA, "urn:uuid:00000000-0000-4000-8001-000000000004");
        gpOrgnr = orgnr(exampleA, "urn:uuid:00000000-0000-4000-8001-000000000005");
        navOrgnr = orgnr(exampleA, "urn:uuid:00000000-0000-4000-8001-000000000006");
        hospitalOrgnr = orgnr(exampleB, "urn:uuid:00000000-0000-4000-8002-000000000004");
        coordinatorOfBOrgnr = orgnr(exampleB, "urn:uuid:00000000-0000-4000-8001-000000000002");
        pptOfBOrgnr = orgnr(exampleB, "urn:uuid:00000000-0000-4000-8002-000000000002");
        hospitalRoleOfB = "PractitionerRole/" + b.fullUrlToId().get("urn:uuid:00000000-0000-4000-8002-000000000017");
        managingUnitOfDOrgnr = orgnr(exampleD, "urn:uuid:00000000-0000-4000-8004-000000000002");
        otherMunicipalityOrgnr = orgnr(exampleD, "urn:uuid:00000000-0000-4000-8004-000000000003");
        sonWithoutConsentId = storeSon(backend);
    }

    List<Plan> plans() {
        return List.of(a, b, d);
    }

    private String storeSon(IGenericClient backend) {
        RelatedPerson wife =
                backend.read().resource(RelatedPerson.class).withId(wifeId).execute();
        RelatedPerson son = wife.copy();
        son.setId((String) null);
        son.setMeta(new org.hl7.fhir.r4.model.Meta().setProfile(wife.getMeta().getProfile()));
        son.getIdentifier().clear();
        son.addIdentifier(new Identifier().setSystem(SyntheticIds.FNR_SYSTEM).setValue(SyntheticIds.fodselsnummer()));
        son.addIdentifier(new Identifier()
                .setSystem("https://id.fjordvik-kommune.example/parorende")
                .setValue(SyntheticIds.unique("p-0042-2")));
        son.getName().clear();
        son.addName(new HumanName().setFamily("Hansen").addGiven("Ola"));
        son.getRelationshipFirstRep().getCodingFirstRep().setCode("SONC").setDisplay("son");
        son.setPatient(new Reference("Patient/" + a.patientId()));
        son.setText(null);
        a.markers().add(son.getIdentifier().get(0).getValue());
        return backend.create().resource(son).execute().getId().getIdPart();
    }

    private static Plan store(FhirContext fhirContext, IGenericClient backend, Bundle transaction) {
        Set<String> markers = markers(fhirContext, transaction);
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
                    fnr = ((org.hl7.fhir.r4.model.Patient) entry.getResource())
                            .getIdentifierFirstRep()
                            .getValue();
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

    /** The identifier values of everything in the plan that belongs to the patient (not the registry resources). */
    private static Set<String> markers(FhirContext fhirContext, Bundle transaction) {
        Set<String> markers = new LinkedHashSet<>();
        for (Bundle.BundleEntryComponent entry : transaction.getEntry()) {
            if (PlanAuthorizationInterceptor.DIRECTORY_TYPES.contains(
                    entry.getResource().fhirType())) {
                continue;
            }
            for (Identifier identifier :
                    fhirContext.newTerser().getValues(entry.getResource(), "identifier", Identifier.class)) {
                markers.add(identifier.getValue());
            }
        }
        return markers;
    }

    private static String orgnr(Bundle example, String fullUrl) {
        return example.getEntry().stream()
                .filter(entry -> fullUrl.equals(entry.getFullUrl()))
                .map(entry -> (Organization) entry.getResource())
                .flatMap(organisation -> organisation.getIdentifier().stream())
                .filter(identifier -> SyntheticIds.ORGNR_SYSTEM.equals(identifier.getSystem()))
                .map(Identifier::getValue)
                .findFirst()
                .orElseThrow(() -> new AssertionError("No organisasjonsnummer on " + fullUrl));
    }
}
