package no.ipfhir.server.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import no.ipfhir.server.support.FhirIntegrationTest;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Meta;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;

/**
 * A SMART v2 scope with a query filter grants its letters only on what matches the filter: a patient app
 * holding {@code patient/Observation.crs?category=…|survey} reads, finds, includes and writes the patient's
 * survey evaluations, and none of the others.
 */
class ScopeFilterIT extends FhirIntegrationTest {

    private static final String JSON = "application/fhir+json";
    private static final String CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category";
    private static final String EVALUATION = "urn:uuid:00000000-0000-4000-8001-000000000025";

    @Test
    void aFilteredScopeGrantsOnlyTheObservationsOfItsCategory() {
        AccessWorld world = new AccessWorld(fhirContext, client());
        String unfiltered = world.a.fullUrlToId().get(EVALUATION);
        Observation template =
                client().read().resource(Observation.class).withId(unfiltered).execute();
        String survey = storeAsBackEnd(evaluation(template, "survey"));
        String therapy = storeAsBackEnd(evaluation(template, "therapy"));
        String app = issuer().token("launch/patient patient/Observation.crs?category=" + CATEGORY
                        + "|survey patient/Goal.rs patient/Patient.r")
                .patient(world.a.patientId())
                .clientId("helsenorge-app")
                .sign();
        String goal = template.getFocusFirstRep().getReferenceElement().getIdPart();

        assertThat(get("/Observation/" + survey, app).statusCode()).isEqualTo(200);
        HttpResponse<String> otherCategory = get("/Observation/" + therapy, app);
        HttpResponse<String> missing = get("/Observation/9" + therapy + "0", app);
        assertThat(otherCategory.statusCode()).isEqualTo(404);
        assertThat(get("/Observation/" + unfiltered, app).statusCode()).isEqualTo(404);
        assertThat(outcome(otherCategory).getIssueFirstRep().getDiagnostics())
                .isEqualTo(outcome(missing).getIssueFirstRep().getDiagnostics().replace("9" + therapy + "0", therapy));

        assertThat(ids(get("/Observation?patient=Patient/" + world.a.patientId(), app), "Observation"))
                .containsExactly(survey);
        assertThat(ids(get("/Observation?category=" + CATEGORY + "%7Ctherapy", app), "Observation"))
                .isEmpty();
        assertThat(ids(get("/Goal?_id=" + goal + "&_revinclude=Observation:focus", app), "Observation"))
                .containsExactly(survey);
        assertThat(ids(
                        get("/Observation?_id=" + survey + "," + therapy + "&_include=Observation:focus", app),
                        "Observation"))
                .containsExactly(survey);

        Observation newSurvey = evaluation(template, "survey");
        Observation newTherapy = evaluation(template, "therapy");
        HttpResponse<String> surveyWritten = post("/Observation", newSurvey, app);
        HttpResponse<String> therapyWritten = post("/Observation", newTherapy, app);
        assertThat(surveyWritten.statusCode()).as(surveyWritten.body()).isEqualTo(201);
        assertThat(therapyWritten.statusCode()).as(therapyWritten.body()).isEqualTo(403);
        assertThat(outcome(therapyWritten).getIssueFirstRep().getDiagnostics()).startsWith("Access denied");
    }

    private static Observation evaluation(Observation template, String category) {
        Observation evaluation = template.copy();
        evaluation.setId((String) null);
        evaluation.setMeta(new Meta().setProfile(template.getMeta().getProfile()));
        evaluation.getIdentifier().clear();
        evaluation.setText(null);
        evaluation.setCategory(List.of(new CodeableConcept(new Coding(CATEGORY, category, null))));
        return evaluation;
    }

    private String storeAsBackEnd(Observation observation) {
        return client().create().resource(observation).execute().getId().getIdPart();
    }

    private List<String> ids(HttpResponse<String> response, String type) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return fhirContext.newJsonParser().parseResource(Bundle.class, response.body()).getEntry().stream()
                .map(Bundle.BundleEntryComponent::getResource)
                .filter(resource -> resource.fhirType().equals(type))
                .map(resource -> resource.getIdElement().getIdPart())
                .toList();
    }

    private HttpResponse<String> get(String path, String token) {
        return send(requestWith(path, token).header("Accept", JSON));
    }

    private HttpResponse<String> post(String path, Resource body, String token) {
        return send(requestWith(path, token)
                .header("Accept", JSON)
                .header("Content-Type", JSON)
                .POST(HttpRequest.BodyPublishers.ofString(
                        fhirContext.newJsonParser().encodeResourceToString(body))));
    }
}
