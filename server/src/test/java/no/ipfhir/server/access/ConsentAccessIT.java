package no.ipfhir.server.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Date;
import no.ipfhir.server.support.FhirIntegrationTest;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.DateTimeType;
import org.junit.jupiter.api.Test;

/** What the patient's consent decides: relatives' access, withdrawal, and kinds of information denied to a service. */
class ConsentAccessIT extends FhirIntegrationTest {

    private static final String JSON = "application/fhir+json";

    @Test
    void relativeLosesAccessTheMomentTheConsentIsWithdrawn() {
        AccessWorld world = new AccessWorld(fhirContext, client());
        String wife = issuer().token("patient/*.rs")
                .patient(world.a.patientId())
                .fhirUser("RelatedPerson/" + world.wifeId)
                .sign();
        assertThat(get("/CarePlan/" + world.a.carePlanId(), wife).statusCode()).isEqualTo(200);

        withdrawConsent(world);

        assertThat(get("/CarePlan/" + world.a.carePlanId(), wife).statusCode()).isEqualTo(404);
        HttpResponse<String> search = get("/Goal?patient=Patient/" + world.a.patientId(), wife);
        assertThat(search.statusCode()).isIn(200, 403);
        for (String marker : world.a.markers()) {
            assertThat(search.body()).doesNotContain(marker);
        }
    }

    @Test
    void relativeNamedByNoConsentSeesNothingEvenWhenTheyKnowThePatient() {
        AccessWorld world = new AccessWorld(fhirContext, client());
        String son = issuer().token("patient/*.rs")
                .patient(world.a.patientId())
                .fhirUser("RelatedPerson/" + world.sonWithoutConsentId)
                .sign();

        assertThat(get("/Patient/" + world.a.patientId(), son).statusCode()).isEqualTo(404);
        assertThat(get("/CarePlan/" + world.a.carePlanId(), son).statusCode()).isEqualTo(404);
    }

    @Test
    void relativeTokenNamingAnotherPatientThanTheRelativesOwnGetsNothing() {
        AccessWorld world = new AccessWorld(fhirContext, client());
        String wifeClaimingB = issuer().token("patient/*.rs")
                .patient(world.b.patientId())
                .fhirUser("RelatedPerson/" + world.wifeId)
                .sign();

        assertThat(get("/CarePlan/" + world.b.carePlanId(), wifeClaimingB).statusCode())
                .isEqualTo(404);
        assertThat(get("/CarePlan/" + world.a.carePlanId(), wifeClaimingB).statusCode())
                .isEqualTo(404);
    }

    @Test
    void serviceSeesThePlanButNotTheKindOfInformationTheConsentDeniesIt() {
        AccessWorld world = new AccessWorld(fhirContext, client());
        String nav = issuer().token("user/*.rs").orgnr(world.navOrgnr).sign();

        assertThat(get("/CarePlan/" + world.a.carePlanId(), nav).statusCode()).isEqualTo(200);
        HttpResponse<String> evaluations = get("/Observation?subject=Patient/" + world.a.patientId(), nav);
        assertThat(evaluations.statusCode()).isEqualTo(403);
        Bundle allEvaluations = fhirContext
                .newJsonParser()
                .parseResource(Bundle.class, get("/Observation", nav).body());
        assertThat(allEvaluations.getEntry()).isEmpty();
        String evaluationId = world.a.fullUrlToId().get("urn:uuid:00000000-0000-4000-8001-000000000025");
        assertThat(get("/Observation/" + evaluationId, nav).statusCode()).isEqualTo(404);
        Bundle goals = fhirContext
                .newJsonParser()
                .parseResource(
                        Bundle.class,
                        get("/Goal?subject=Patient/" + world.a.patientId(), nav).body());
        assertThat(goals.getEntry()).isNotEmpty();
    }

    @Test
    void serviceOnTheTeamCannotWidenItsOwnAccessByRewritingTheConsent() {
        AccessWorld world = new AccessWorld(fhirContext, client());
        String nav = issuer().token("user/*.cruds").orgnr(world.navOrgnr).sign();
        String evaluationId = world.a.fullUrlToId().get("urn:uuid:00000000-0000-4000-8001-000000000025");
        Consent consent = fhirContext
                .newJsonParser()
                .parseResource(
                        Consent.class,
                        get("/Consent/" + world.a.consentId(), nav).body());
        consent.getProvision().getProvision().removeIf(p -> p.getType() == Consent.ConsentProvisionType.DENY);

        HttpResponse<String> rewritten = put("/Consent/" + world.a.consentId(), consent, nav);

        assertThat(rewritten.statusCode()).as(rewritten.body()).isEqualTo(403);
        assertThat(get("/Observation/" + evaluationId, nav).statusCode()).isEqualTo(404);
        Consent stored = client().read()
                .resource(Consent.class)
                .withId(world.a.consentId())
                .execute();
        assertThat(stored.getProvision().getProvision())
                .anyMatch(p -> p.getType() == Consent.ConsentProvisionType.DENY);
    }

    @Test
    void koordinatorsOrganisationAndThePatientChangeTheConsent() {
        AccessWorld world = new AccessWorld(fhirContext, client());
        String koordinator =
                issuer().token("user/*.cruds").orgnr(world.municipalityOrgnr).sign();
        String patient =
                issuer().token("patient/*.cruds").patient(world.a.patientId()).sign();
        Consent consent = client().read()
                .resource(Consent.class)
                .withId(world.a.consentId())
                .execute();
        consent.getMeta().setVersionId(null);

        consent.setDateTimeElement(new DateTimeType("2025-11-02T10:00:00+01:00"));
        HttpResponse<String> byKoordinator = put("/Consent/" + world.a.consentId(), consent, koordinator);
        consent.setDateTimeElement(new DateTimeType("2025-11-03T10:00:00+01:00"));
        HttpResponse<String> byPatient = put("/Consent/" + world.a.consentId(), consent, patient);

        assertThat(byKoordinator.statusCode()).as(byKoordinator.body()).isEqualTo(200);
        assertThat(byPatient.statusCode()).as(byPatient.body()).isEqualTo(200);
    }

    @Test
    void serviceOnTheTeamCannotAddAConsentOfItsOwn() {
        AccessWorld world = new AccessWorld(fhirContext, client());
        String gp = issuer().token("user/*.cruds").orgnr(world.gpOrgnr).sign();
        Consent consent = client().read()
                .resource(Consent.class)
                .withId(world.a.consentId())
                .execute();
        consent.setId((String) null);
        consent.getMeta().setVersionId(null).setLastUpdated(null);
        consent.getIdentifierFirstRep().setValue(no.ipfhir.server.support.SyntheticIds.unique("s"));

        HttpResponse<String> created = send(requestWith("/Consent", gp)
                .header("Accept", JSON)
                .header("Content-Type", JSON)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                        fhirContext.newJsonParser().encodeResourceToString(consent))));

        assertThat(created.statusCode()).as(created.body()).isEqualTo(403);
    }

    private HttpResponse<String> put(String path, Consent consent, String token) {
        consent.getMeta().setVersionId(null);
        return send(requestWith(path, token)
                .header("Accept", JSON)
                .header("Content-Type", JSON)
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(
                        fhirContext.newJsonParser().encodeResourceToString(consent))));
    }

    /** Withdrawal as the guide describes it: the consent becomes inactive and the plan is revoked for that reason. */
    private void withdrawConsent(AccessWorld world) {
        Consent consent = client().read()
                .resource(Consent.class)
                .withId(world.a.consentId())
                .execute();
        consent.setStatus(Consent.ConsentState.INACTIVE);
        consent.getProvision().getPeriod().setEndElement(new DateTimeType(new Date()));
        CarePlan plan = client().read()
                .resource(CarePlan.class)
                .withId(world.a.carePlanId())
                .execute();
        plan.setStatus(CarePlan.CarePlanStatus.REVOKED);
        plan.addExtension(
                "https://ip-fhir.org/fhir/StructureDefinition/no-ip-statusReason",
                new CodeableConcept()
                        .addCoding(new org.hl7.fhir.r4.model.Coding(
                                "https://ip-fhir.org/fhir/CodeSystem/no-ip-planstatusarsak",
                                "samtykke-trukket",
                                null)));
        Bundle transaction = new Bundle().setType(Bundle.BundleType.TRANSACTION);
        transaction
                .addEntry()
                .setResource(consent)
                .getRequest()
                .setMethod(Bundle.HTTPVerb.PUT)
                .setUrl("Consent/" + world.a.consentId());
        transaction
                .addEntry()
                .setResource(plan)
                .getRequest()
                .setMethod(Bundle.HTTPVerb.PUT)
                .setUrl("CarePlan/" + world.a.carePlanId());
        client().transaction().withBundle(transaction).execute();
    }

    private HttpResponse<String> get(String path, String token) {
        return send(requestWith(path, token).header("Accept", JSON));
    }
}
