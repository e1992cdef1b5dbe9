package no.ipfhir.server.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import no.ipfhir.server.support.FhirIntegrationTest;
import no.ipfhir.server.support.SyntheticIds;
import org.hl7.fhir.r4.model.Goal;
import org.junit.jupiter.api.Test;

/** Brukermedvirkning: a patient app with write scopes adds the patient's own goals, and only theirs. */
class PatientAppWriteIT extends FhirIntegrationTest {

    @Test
    void patientAddsAGoalOfTheirOwnButNotOneForAnotherPatient() {
        AccessWorld world = new AccessWorld(fhirContext, client());
        String patientA = issuer().token("patient/*.rs patient/Goal.c")
                .patient(world.a.patientId())
                .sign();

        assertThat(post(newGoalLike(world.a.goalId(), "Jeg vil lage middag til familien igjen"), patientA)
                        .statusCode())
                .isEqualTo(201);
        assertThat(post(newGoalLike(world.b.goalId(), "Et mål for et annet barn"), patientA)
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void patientAppWithReadScopesOnlyCannotWrite() {
        AccessWorld world = new AccessWorld(fhirContext, client());
        String patientA =
                issuer().token("patient/*.rs").patient(world.a.patientId()).sign();

        HttpResponse<String> response = post(newGoalLike(world.a.goalId(), "Et mål"), patientA);

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("patient/Goal.c");
    }

    private Goal newGoalLike(String goalId, String description) {
        Goal goal = client().read().resource(Goal.class).withId(goalId).execute();
        goal.setId((String) null);
        goal.getMeta().setVersionId(null).setLastUpdated(null);
        goal.getIdentifierFirstRep().setValue(SyntheticIds.unique("m-egen"));
        goal.getDescription().setText(description).getCoding().clear();
        return goal;
    }

    private HttpResponse<String> post(Goal goal, String token) {
        return send(requestWith("/Goal", token)
                .header("Content-Type", "application/fhir+json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        fhirContext.newJsonParser().encodeResourceToString(goal))));
    }
}
