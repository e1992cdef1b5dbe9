package no.ipfhir.server.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import no.ipfhir.server.support.FhirIntegrationTest;
import no.ipfhir.server.support.SyntheticIds;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Meta;
import org.hl7.fhir.r4.model.Parameters;
import org.junit.jupiter.api.Test;

/** Operations obey the same rules as interactions: scope letters, the administrators' list, and the existence rule. */
class OperationAccessIT extends FhirIntegrationTest {

    private static final String JSON = "application/fhir+json";

    @Test
    void metaAddNeedsTheUpdateLetterAndStoresNothingWithoutIt() {
        AccessWorld world = new AccessWorld(fhirContext, client());
        String readOnlyBackEnd =
                issuer().token("system/*.rs").clientId("rapport-backend").sign();
        String tag = SyntheticIds.unique("tag");

        HttpResponse<String> response =
                post("/CarePlan/" + world.a.carePlanId() + "/$meta-add", metaWithTag(tag), readOnlyBackEnd);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
        assertThat(response.body()).contains("OperationOutcome", ".u");
        CarePlan stored = client().read()
                .resource(CarePlan.class)
                .withId(world.a.carePlanId())
                .execute();
        assertThat(stored.getMeta().getTag()).noneMatch(coding -> tag.equals(coding.getCode()));
    }

    @Test
    void administrativeOperationsAreRefusedToEveryBackEndButTheNamedAdministrator() {
        String backEnd = issuer().systemToken();
        String admin = issuer().token("system/*.cruds").clientId(ADMIN_CLIENT).sign();
        String municipality = issuer().token("user/*.cruds")
                .orgnr(SyntheticIds.organisasjonsnummer())
                .sign();

        for (String token : new String[] {backEnd, municipality}) {
            // Reindexing and reference replacement are not offered at all (config/RestfulServerWithoutAdministration).
            assertThat(post("/$mark-all-resources-for-reindexing", new Parameters(), token)
                            .statusCode())
                    .isEqualTo(400);
            assertThat(get("/$get-resource-counts", token).statusCode()).isEqualTo(403);
            assertThat(get("/$meta", token).statusCode()).isEqualTo(403);
            assertThat(get("/CarePlan/$meta", token).statusCode()).isEqualTo(403);
            HttpResponse<String> replace = send(requestWith("/$hapi.fhir.replace-references", token)
                    .header("Accept", JSON)
                    .header("Content-Type", JSON)
                    .header("Prefer", "respond-async")
                    .POST(HttpRequest.BodyPublishers.ofString(fhirContext
                            .newJsonParser()
                            .encodeResourceToString(new Parameters()
                                    .addParameter("source-reference-id", "Patient/1")
                                    .addParameter("target-reference-id", "Patient/2")))));
            assertThat(replace.statusCode()).as(replace.body()).isEqualTo(400);
        }
        assertThat(get("/$get-resource-counts", admin).statusCode()).isEqualTo(200);
    }

    @Test
    void everythingOfAPatientOneMayNotReachAnswersLikeEverythingOfAPatientThatDoesNotExist() {
        AccessWorld world = new AccessWorld(fhirContext, client());
        String hospital =
                issuer().token("user/*.cruds").orgnr(world.hospitalOrgnr).sign();
        String missingId = "9" + SyntheticIds.digits(9);

        HttpResponse<String> existing = get("/Patient/" + world.a.patientId() + "/$everything", hospital);
        HttpResponse<String> missing = get("/Patient/" + missingId + "/$everything", hospital);
        HttpResponse<String> own = get("/Patient/" + world.b.patientId() + "/$everything", hospital);

        assertThat(existing.statusCode()).isEqualTo(missing.statusCode()).isEqualTo(404);
        assertThat(existing.body().replace(world.a.patientId(), "ID"))
                .isEqualTo(missing.body().replace(missingId, "ID"));
        assertThat(own.statusCode()).as(own.body()).isEqualTo(200);
    }

    private static Parameters metaWithTag(String tag) {
        Meta meta = new Meta();
        meta.addTag(new Coding("https://ip-fhir.test/tag", tag, null));
        meta.addSecurity(new Coding("http://terminology.hl7.org/CodeSystem/v3-Confidentiality", "R", null));
        Parameters parameters = new Parameters();
        parameters.addParameter().setName("meta").setValue(meta);
        return parameters;
    }

    private HttpResponse<String> get(String path, String token) {
        return send(requestWith(path, token).header("Accept", JSON));
    }

    private HttpResponse<String> post(String path, Parameters body, String token) {
        return send(requestWith(path, token)
                .header("Accept", JSON)
                .header("Content-Type", JSON)
                .POST(HttpRequest.BodyPublishers.ofString(
                        fhirContext.newJsonParser().encodeResourceToString(body))));
    }
}
