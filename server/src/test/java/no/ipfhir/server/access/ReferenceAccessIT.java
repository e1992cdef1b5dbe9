package no.ipfhir.server.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import no.ipfhir.server.support.FhirIntegrationTest;
import no.ipfhir.server.support.SyntheticIds;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Communication;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.Test;

/** A write may link only to what the caller reaches; a link into another patient's plan looks like a link to nothing. */
class ReferenceAccessIT extends FhirIntegrationTest {

    private static final String JSON = "application/fhir+json";

    @Test
    void referenceToAnotherPatientsPlanAnswersExactlyLikeAReferenceToAPlanThatDoesNotExist() {
        AccessWorld world = new AccessWorld(fhirContext, client());
        String municipality =
                issuer().token("user/*.cruds").orgnr(world.municipalityOrgnr).sign();
        String missingId = "9" + SyntheticIds.digits(9);
        String marker = SyntheticIds.unique("k");

        HttpResponse<String> intoB =
                post(communication(world.a.patientId(), "CarePlan/" + world.b.carePlanId(), marker), municipality);
        HttpResponse<String> intoNothing =
                post(communication(world.a.patientId(), "CarePlan/" + missingId, marker), municipality);
        HttpResponse<String> intoOwn =
                post(communication(world.a.patientId(), "CarePlan/" + world.a.carePlanId(), marker), municipality);

        assertThat(intoB.statusCode()).as(intoB.body()).isEqualTo(400);
        assertThat(intoNothing.statusCode()).as(intoNothing.body()).isEqualTo(400);
        assertThat(intoB.body().replace(world.b.carePlanId(), "ID"))
                .isEqualTo(intoNothing.body().replace(missingId, "ID"));
        assertThat(intoOwn.statusCode()).as(intoOwn.body()).isEqualTo(201);
        Bundle stored = client().search()
                .byUrl("Communication?identifier=" + marker)
                .returnBundle(Bundle.class)
                .execute();
        assertThat(stored.getEntry()).hasSize(1);
    }

    @Test
    void conditionalReferenceToPatientDataIsRefusedWhateverItWouldMatch() {
        AccessWorld world = new AccessWorld(fhirContext, client());
        String municipality =
                issuer().token("user/*.cruds").orgnr(world.municipalityOrgnr).sign();

        HttpResponse<String> response = post(
                communication(
                        world.a.patientId(),
                        "CarePlan?subject=Patient/" + world.b.patientId(),
                        SyntheticIds.unique("k")),
                municipality);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.body()).doesNotContain(world.b.carePlanId());
    }

    private static Communication communication(String patientId, String basedOn, String marker) {
        Communication communication = new Communication();
        communication
                .addIdentifier()
                .setSystem("https://id.fjordvik-kommune.example/melding")
                .setValue(marker);
        communication.setStatus(Communication.CommunicationStatus.COMPLETED);
        communication.setSubject(new Reference("Patient/" + patientId));
        communication.addBasedOn(new Reference(basedOn));
        communication
                .addPayload()
                .setContent(new org.hl7.fhir.r4.model.StringType("Innkalling til møte i ansvarsgruppen"));
        return communication;
    }

    private HttpResponse<String> post(Communication communication, String token) {
        return send(requestWith("/Communication", token)
                .header("Accept", JSON)
                .header("Content-Type", JSON)
                .POST(HttpRequest.BodyPublishers.ofString(
                        fhirContext.newJsonParser().encodeResourceToString(communication))));
    }
}
