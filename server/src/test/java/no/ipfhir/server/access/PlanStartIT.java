package no.ipfhir.server.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.ipfhir.server.support.ExamplePlans;
import no.ipfhir.server.support.FhirIntegrationTest;
import no.ipfhir.server.support.SyntheticIds;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;

/**
 * A municipality's EHR starts a plan with its own user token: the registries (organisations,
 * practitioners and their roles) are on record, as a registry sync puts them there; the EHR registers
 * the patient, or names one on record, and creates consent, ansvarsgruppe, goals, tiltak and plan.
 */
class PlanStartIT extends FhirIntegrationTest {

    private static final String JSON = "application/fhir+json";
    static final String MANAGING_UNIT = "urn:uuid:00000000-0000-4000-8001-000000000002";
    static final String NAV = "urn:uuid:00000000-0000-4000-8001-000000000006";
    static final String PATIENT = "urn:uuid:00000000-0000-4000-8001-000000000007";
    static final String COORDINATOR_ROLE = "urn:uuid:00000000-0000-4000-8001-000000000010";
    private static final Set<String> REGISTRY = PlanAuthorizationInterceptor.DIRECTORY_TYPES;

    /** The guide's stroke plan as an EHR sends it: the registry resources already stored, referenced by id. */
    record PlanRequest(
            Bundle transaction, Map<String, String> registryIds, Map<String, String> orgnrs, Patient patient) {

        String orgnr(String fullUrl) {
            return orgnrs.get(fullUrl);
        }

        String id(String fullUrl) {
            return registryIds.get(fullUrl);
        }
    }

    /** Stores the example's registry resources as a back end (the registry sync) and returns the rest. */
    static PlanRequest planRequest(
            ca.uhn.fhir.context.FhirContext fhirContext, ca.uhn.fhir.rest.client.api.IGenericClient backend) {
        Bundle example = ExamplePlans.fresh(fhirContext, ExamplePlans.STROKE_REHABILITATION);
        Bundle registry = new Bundle().setType(Bundle.BundleType.TRANSACTION);
        Bundle plan = new Bundle().setType(Bundle.BundleType.TRANSACTION);
        Map<String, String> orgnrs = new HashMap<>();
        for (Bundle.BundleEntryComponent entry : example.getEntry()) {
            (REGISTRY.contains(entry.getResource().fhirType()) ? registry : plan).addEntry(entry);
            if (entry.getResource() instanceof Organization organisation) {
                organisation.getIdentifier().stream()
                        .filter(i -> SyntheticIds.ORGNR_SYSTEM.equals(i.getSystem()))
                        .findFirst()
                        .ifPresent(i -> orgnrs.put(entry.getFullUrl(), i.getValue()));
            }
        }
        Bundle stored = backend.transaction().withBundle(registry).execute();
        Map<String, String> ids = new HashMap<>();
        for (int i = 0; i < registry.getEntry().size(); i++) {
            IdType id = new IdType(stored.getEntry().get(i).getResponse().getLocation());
            ids.put(registry.getEntry().get(i).getFullUrl(), id.getResourceType() + "/" + id.getIdPart());
        }
        for (Bundle.BundleEntryComponent entry : plan.getEntry()) {
            for (Reference reference :
                    fhirContext.newTerser().getAllPopulatedChildElementsOfType(entry.getResource(), Reference.class)) {
                if (reference.hasReference() && ids.containsKey(reference.getReference())) {
                    reference.setReference(ids.get(reference.getReference()));
                }
            }
        }
        return new PlanRequest(plan, ids, orgnrs, ExamplePlans.first(plan, Patient.class));
    }

    @Test
    void municipalityRegistersThePatientAndStartsTheWholePlanInOneTransaction() {
        PlanRequest request = planRequest(fhirContext, client());
        String municipality = ehrToken(request.orgnr(MANAGING_UNIT));

        HttpResponse<String> response = post("", request.transaction(), municipality);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        Map<String, String> created = locations(request.transaction(), response);
        String planId = created.get("CarePlan");
        assertThat(get("/" + planId, municipality).statusCode())
                .as("reads the plan it started")
                .isEqualTo(200);
        assertThat(get("/" + created.get("Patient"), municipality).statusCode()).isEqualTo(200);
        CarePlan stored =
                client().read().resource(CarePlan.class).withId(planId).execute();
        assertThat(stored.getSubject().getReference()).isEqualTo(created.get("Patient"));
    }

    @Test
    void municipalityStartsThePlanOfAPatientOnRecord() {
        PlanRequest request = planRequest(fhirContext, client());
        String patientId = registerPatientAsBackEnd(request);
        String municipality = ehrToken(request.orgnr(MANAGING_UNIT));

        HttpResponse<String> response = post("", request.transaction(), municipality);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        Map<String, String> created = locations(request.transaction(), response);
        assertThat(get("/" + created.get("CarePlan"), municipality).statusCode())
                .isEqualTo(200);
        assertThat(get("/Patient/" + patientId, municipality).statusCode()).isEqualTo(200);
    }

    @Test
    void municipalityCreatesTheAnsvarsgruppeWithAClientChosenIdAndThenReachesThePatient() {
        PlanRequest request = planRequest(fhirContext, client());
        String patientId = registerPatientAsBackEnd(request);
        String municipality = ehrToken(request.orgnr(MANAGING_UNIT));
        CareTeam team = ExamplePlans.first(request.transaction(), CareTeam.class);
        team.getParticipant().removeIf(p -> p.getMember().getReference().startsWith("urn:uuid:"));
        team.addParticipant()
                .setMember(new Reference("Patient/" + patientId))
                .setPeriod(new org.hl7.fhir.r4.model.Period()
                        .setStartElement(new org.hl7.fhir.r4.model.DateTimeType("2025-10-01")))
                .addRole()
                .addCoding()
                .setSystem("https://ip-fhir.org/fhir/CodeSystem/no-ip-rolle")
                .setCode("pasient");
        String teamId = "ag-" + UUID.randomUUID().toString().substring(0, 8);
        team.setId(teamId);

        assertThat(get("/Patient/" + patientId, municipality).statusCode())
                .as("before")
                .isEqualTo(404);
        HttpResponse<String> response = put("/CareTeam/" + teamId, team, municipality);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(get("/CareTeam/" + teamId, municipality).statusCode()).isEqualTo(200);
        assertThat(get("/Patient/" + patientId, municipality).statusCode()).isEqualTo(200);
    }

    @Test
    void aServiceOnTheTeamButNeitherManagerNorKoordinatorCannotStartThePlan() {
        PlanRequest request = planRequest(fhirContext, client());
        String nav = ehrToken(request.orgnr(NAV));

        HttpResponse<String> response = post("", request.transaction(), nav);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
        String fnr = request.patient().getIdentifierFirstRep().getValue();
        assertThat(client().search()
                        .forResource(Patient.class)
                        .where(Patient.IDENTIFIER
                                .exactly()
                                .systemAndCode(
                                        request.patient()
                                                .getIdentifierFirstRep()
                                                .getSystem(),
                                        fnr))
                        .returnBundle(Bundle.class)
                        .execute()
                        .getEntry())
                .as("nothing stored")
                .isEmpty();
    }

    @Test
    void startingASecondPlanForAPatientWhosePlanIsRunElsewhereIsRefusedLikeForAPatientThatDoesNotExist() {
        PlanRequest first = planRequest(fhirContext, client());
        HttpResponse<String> started = post("", first.transaction(), ehrToken(first.orgnr(MANAGING_UNIT)));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
        String patientOfFirst = locations(first.transaction(), started).get("Patient");

        PlanRequest second = planRequest(fhirContext, client());
        String otherMunicipality = ehrToken(second.orgnr(MANAGING_UNIT));
        HttpResponse<String> onExisting = post("", withPatient(second, patientOfFirst), otherMunicipality);
        PlanRequest third = planRequest(fhirContext, client());
        HttpResponse<String> onMissing = post(
                "", withPatient(third, "Patient/9" + SyntheticIds.digits(9)), ehrToken(third.orgnr(MANAGING_UNIT)));

        assertThat(onExisting.statusCode()).as(onExisting.body()).isEqualTo(403);
        assertThat(onMissing.statusCode()).as(onMissing.body()).isEqualTo(403);
        assertThat(outcomeText(onExisting)).isEqualTo(outcomeText(onMissing));
        assertThat(get("/" + patientOfFirst, otherMunicipality).statusCode()).isEqualTo(404);
    }

    /**
     * Client-chosen ids share one space. A PUT to the id of another patient's ansvarsgruppe is refused exactly
     * like a PUT of that team to a free id, and like a PUT of the caller's own patient's team to the taken id:
     * 403 with one message, nothing changed. What the caller learns is that it may not write there; not whose
     * team it is, nor what it holds.
     */
    @Test
    void aPutToTheIdOfAnUnreachableTeamIsRefusedLikeAPutOfDataTheCallerMayNotWrite() {
        AccessWorld world = new AccessWorld(fhirContext, client());
        String municipality = issuer().token("user/*.cruds")
                .orgnr(world.municipalityOrgnr)
                .clientId("kommune-ehr")
                .sign();
        CareTeam othersTeam = client().read()
                .resource(CareTeam.class)
                .withId(world.b.careTeamId())
                .execute();
        CareTeam ownTeam = client().read()
                .resource(CareTeam.class)
                .withId(world.a.careTeamId())
                .execute();
        String freeId = "ag-" + UUID.randomUUID().toString().substring(0, 8);

        HttpResponse<String> overOthers =
                put("/CareTeam/" + world.b.careTeamId(), withId(othersTeam, world.b.careTeamId()), municipality);
        HttpResponse<String> othersToFreeId = put("/CareTeam/" + freeId, withId(othersTeam, freeId), municipality);
        HttpResponse<String> ownToTakenId =
                put("/CareTeam/" + world.b.careTeamId(), withId(ownTeam, world.b.careTeamId()), municipality);

        assertThat(overOthers.statusCode()).as(overOthers.body()).isEqualTo(403);
        assertThat(othersToFreeId.statusCode()).as(othersToFreeId.body()).isEqualTo(403);
        assertThat(ownToTakenId.statusCode()).as(ownToTakenId.body()).isEqualTo(403);
        assertThat(outcomeText(othersToFreeId)).isEqualTo(outcomeText(overOthers));
        assertThat(outcomeText(ownToTakenId)).isEqualTo(outcomeText(overOthers));
        assertThat(client().read()
                        .resource(CareTeam.class)
                        .withId(world.b.careTeamId())
                        .execute()
                        .getMeta()
                        .getVersionId())
                .as("the other patient's team is unchanged")
                .isEqualTo(othersTeam.getMeta().getVersionId());
        assertThat(get("/CareTeam/" + freeId, municipality).statusCode()).isEqualTo(404);
    }

    private static CareTeam withId(CareTeam team, String id) {
        CareTeam copy = team.copy();
        copy.setId(id);
        copy.setMeta(new org.hl7.fhir.r4.model.Meta().setProfile(team.getMeta().getProfile()));
        return copy;
    }

    private String registerPatientAsBackEnd(PlanRequest request) {
        Patient patient = request.patient().copy();
        String id = client().create().resource(patient).execute().getId().getIdPart();
        withPatient(request, "Patient/" + id);
        return id;
    }

    /** The request with its Patient entry dropped and every reference to it naming this patient instead. */
    private Bundle withPatient(PlanRequest request, String patientReference) {
        request.transaction().getEntry().removeIf(entry -> entry.getResource() instanceof Patient);
        for (Bundle.BundleEntryComponent entry : request.transaction().getEntry()) {
            for (Reference reference :
                    fhirContext.newTerser().getAllPopulatedChildElementsOfType(entry.getResource(), Reference.class)) {
                if (PATIENT.equals(reference.getReference())) {
                    reference.setReference(patientReference);
                }
            }
        }
        return request.transaction();
    }

    private Map<String, String> locations(Bundle transaction, HttpResponse<String> response) {
        Bundle result = fhirContext.newJsonParser().parseResource(Bundle.class, response.body());
        Map<String, String> byType = new HashMap<>();
        for (int i = 0; i < transaction.getEntry().size(); i++) {
            IdType id = new IdType(result.getEntry().get(i).getResponse().getLocation());
            byType.putIfAbsent(
                    transaction.getEntry().get(i).getResource().fhirType(),
                    id.getResourceType() + "/" + id.getIdPart());
        }
        return byType;
    }

    private String outcomeText(HttpResponse<String> response) {
        return outcome(response).getIssue().stream()
                .map(issue -> issue.getDiagnostics())
                .toList()
                .toString();
    }

    private String ehrToken(String orgnr) {
        return issuer().token("user/*.cruds")
                .orgnr(orgnr)
                .clientId("kommune-ehr")
                .sign();
    }

    private HttpResponse<String> get(String path, String token) {
        return send(requestWith(path, token).header("Accept", JSON));
    }

    private HttpResponse<String> post(String path, Resource body, String token) {
        return send(requestWith("/" + path, token)
                .header("Accept", JSON)
                .header("Content-Type", JSON)
                .POST(HttpRequest.BodyPublishers.ofString(
                        fhirContext.newJsonParser().encodeResourceToString(body))));
    }

    private HttpResponse<String> put(String path, Resource body, String token) {
        return send(requestWith(path, token)
                .header("Accept", JSON)
                .header("Content-Type", JSON)
                .PUT(HttpRequest.BodyPublishers.ofString(
                        fhirContext.newJsonParser().encodeResourceToString(body))));
    }
}
