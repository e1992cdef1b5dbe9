package no.ipfhir.server.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import no.ipfhir.server.support.FhirIntegrationTest;
import org.hl7.fhir.r4.model.CareTeam;
import org.junit.jupiter.api.Test;

/** Only the koordinator's organisation changes the ansvarsgruppe; the other services read it. */
class CareTeamChangeIT extends FhirIntegrationTest {

    @Test
    void coordinatorsOrganisationMayChangeTheTeamAndAnotherParticipatingServiceMayNot() {
        AccessWorld world = new AccessWorld(fhirContext, client());
        String coordinator =
                issuer().token("user/*.cruds").orgnr(world.municipalityOrgnr).sign();
        String gp = issuer().token("user/*.cruds").orgnr(world.gpOrgnr).sign();

        HttpResponse<String> readByGp =
                send(requestWith("/CareTeam/" + world.a.careTeamId(), gp).header("Accept", "application/fhir+json"));
        assertThat(readByGp.statusCode()).isEqualTo(200);
        CareTeam team = fhirContext.newJsonParser().parseResource(CareTeam.class, readByGp.body());

        team.setName("Ansvarsgruppe for Per Hansen (endret av fastlegen)");
        assertThat(put(team, world, gp).statusCode()).isEqualTo(403);

        team.setName("Ansvarsgruppe for Per Hansen (endret av koordinator)");
        assertThat(put(team, world, coordinator).statusCode()).isEqualTo(200);
    }

    @Test
    void koordinerendeEnhetManagingTheTeamReachesThePlanWithoutBeingOnTheTeam() {
        AccessWorld world = new AccessWorld(fhirContext, client());
        String managingUnit =
                issuer().token("user/*.rs").orgnr(world.managingUnitOfDOrgnr).sign();

        HttpResponse<String> plan = send(requestWith("/CarePlan/" + world.d.carePlanId(), managingUnit)
                .header("Accept", "application/fhir+json"));
        HttpResponse<String> otherPlan = send(requestWith("/CarePlan/" + world.a.carePlanId(), managingUnit)
                .header("Accept", "application/fhir+json"));

        assertThat(plan.statusCode()).isEqualTo(200);
        assertThat(otherPlan.statusCode()).isEqualTo(404);
    }

    @Test
    void patientAppWithWriteScopesStillCannotChangeWhoIsOnTheTeam() {
        AccessWorld world = new AccessWorld(fhirContext, client());
        String patient =
                issuer().token("patient/*.cruds").patient(world.a.patientId()).sign();
        CareTeam team = client().read()
                .resource(CareTeam.class)
                .withId(world.a.careTeamId())
                .execute();

        team.setName("Ansvarsgruppe for Per Hansen (endret i appen)");

        assertThat(put(team, world, patient).statusCode()).isEqualTo(403);
    }

    @Test
    void serviceCannotCreateATeamForAPatientThatGivesAnotherServiceAccess() {
        AccessWorld world = new AccessWorld(fhirContext, client());
        String gp = issuer().token("user/*.cruds").orgnr(world.gpOrgnr).sign();
        CareTeam team = client().read()
                .resource(CareTeam.class)
                .withId(world.a.careTeamId())
                .execute();
        team.setId((String) null);
        team.getMeta().setVersionId(null).setLastUpdated(null);
        team.getIdentifierFirstRep().setValue(no.ipfhir.server.support.SyntheticIds.unique("ag"));

        HttpResponse<String> created = send(requestWith("/CareTeam", gp)
                .header("Content-Type", "application/fhir+json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        fhirContext.newJsonParser().encodeResourceToString(team))));

        assertThat(created.statusCode()).isEqualTo(403);
    }

    private HttpResponse<String> put(CareTeam team, AccessWorld world, String token) {
        team.getMeta().setVersionId(null);
        return send(requestWith("/CareTeam/" + world.a.careTeamId(), token)
                .header("Content-Type", "application/fhir+json")
                .PUT(HttpRequest.BodyPublishers.ofString(
                        fhirContext.newJsonParser().encodeResourceToString(team))));
    }
}
