package no.ipfhir.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import no.ipfhir.server.support.ExamplePlans;
import no.ipfhir.server.support.FhirIntegrationTest;
import no.ipfhir.server.support.SyntheticIds;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;

/** Conditional create by identifier, and optimistic locking with If-Match. */
class ConditionalWriteIT extends FhirIntegrationTest {

    @Test
    void conditionalCreateByIdentifierCreatesOnceAndThenReturnsTheExistingPatient() {
        String fnr = SyntheticIds.fodselsnummer();
        String ifNoneExist = "identifier=" + SyntheticIds.FNR_SYSTEM + "|" + fnr;

        HttpResponse<String> first = postPatient(fnr, ifNoneExist);
        HttpResponse<String> second = postPatient(fnr, ifNoneExist);

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(second.headers().firstValue("Location"))
                .isEqualTo(first.headers().firstValue("Location"));
    }

    @Test
    void updateWithAStaleIfMatchVersionIsRefusedAndChangesNothing() {
        Patient patient = (Patient) client().create()
                .resource(patient(SyntheticIds.fodselsnummer()))
                .execute()
                .getResource();
        String id = patient.getIdElement().getIdPart();
        patient.setId(id);
        patient.getNameFirstRep().setFamily("Versjon2");
        client().update().resource(patient).execute();

        patient.getNameFirstRep().setFamily("Utdatert");
        HttpResponse<String> stale = send(request("/Patient/" + id)
                .header("Content-Type", "application/fhir+json")
                .header("If-Match", "W/\"1\"")
                .PUT(HttpRequest.BodyPublishers.ofString(
                        fhirContext.newJsonParser().encodeResourceToString(patient))));

        assertThat(stale.statusCode()).isEqualTo(412);
        assertThat(stale.body()).contains("OperationOutcome");
        Patient current = client().read().resource(Patient.class).withId(id).execute();
        assertThat(current.getMeta().getVersionId()).isEqualTo("2");
        assertThat(current.getNameFirstRep().getFamily()).isEqualTo("Versjon2");
    }

    @Test
    void updateWithTheCurrentIfMatchVersionSucceeds() {
        Patient patient = (Patient) client().create()
                .resource(patient(SyntheticIds.fodselsnummer()))
                .execute()
                .getResource();
        String id = patient.getIdElement().getIdPart();
        patient.setId(id);
        patient.getNameFirstRep().setFamily("Endret");

        HttpResponse<String> update = send(request("/Patient/" + id)
                .header("Content-Type", "application/fhir+json")
                .header("If-Match", "W/\"1\"")
                .PUT(HttpRequest.BodyPublishers.ofString(
                        fhirContext.newJsonParser().encodeResourceToString(patient))));

        assertThat(update.statusCode()).isEqualTo(200);
        assertThat(update.headers().firstValue("ETag")).hasValue("W/\"2\"");
    }

    /** The example plan's patient, with another fødselsnummer. */
    private Patient patient(String fnr) {
        Patient patient =
                ExamplePlans.first(ExamplePlans.load(fhirContext, ExamplePlans.STROKE_REHABILITATION), Patient.class);
        patient.getIdentifierFirstRep().setValue(fnr);
        return patient;
    }

    private HttpResponse<String> postPatient(String fnr, String ifNoneExist) {
        return send(request("/Patient")
                .header("Content-Type", "application/fhir+json")
                .header("If-None-Exist", ifNoneExist)
                .POST(HttpRequest.BodyPublishers.ofString(
                        fhirContext.newJsonParser().encodeResourceToString(patient(fnr)))));
    }
}
