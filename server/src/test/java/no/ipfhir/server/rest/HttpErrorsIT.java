package no.ipfhir.server.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import no.ipfhir.server.support.ExamplePlans;
import no.ipfhir.server.support.FhirIntegrationTest;
import no.ipfhir.server.support.RawHttp;
import no.ipfhir.server.support.StoredPlan;
import no.ipfhir.server.support.SyntheticIds;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Organization;
import org.junit.jupiter.api.Test;

/**
 * Requests as FHIR clients really send them, over a plain socket where Java's HTTP client would
 * encode or refuse them, and errors raised before HAPI sees the request: each answers FHIR.
 */
class HttpErrorsIT extends FhirIntegrationTest {

    private static final String FHIR_JSON = "application/fhir+json";

    @Test
    void tokenSearchWithARawPipeFindsThePatient() {
        StoredPlan plan = StoredPlan.store(fhirContext, client(), ExamplePlans.STROKE_REHABILITATION);
        String ehr = issuer().token("user/*.rs").orgnr(municipalityOrgnr(plan)).sign();

        RawHttp.Response response = RawHttp.send(
                port,
                "GET",
                "/fhir/Patient?identifier=" + SyntheticIds.FNR_SYSTEM + "|" + plan.patientNumber(),
                "Authorization: Bearer " + ehr,
                "Accept: " + FHIR_JSON);

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        Bundle bundle = fhirContext.newJsonParser().parseResource(Bundle.class, response.body());
        assertThat(bundle.getEntry())
                .extracting(e -> e.getResource()
                        .getIdElement()
                        .toUnqualifiedVersionless()
                        .getValue())
                .containsExactly(plan.patientId());
    }

    @Test
    void rawSquareBracketsInTheQueryReachFhir() {
        RawHttp.Response response =
                RawHttp.send(port, "GET", "/fhir/Patient?name[0]=x", "Authorization: Bearer " + issuer().systemToken());

        // HAPI, not Tomcat, judges the parameter: an unknown one is a FHIR 400, not an HTML page.
        assertThat(response.header("Content-Type")).startsWith(FHIR_JSON);
        assertThat(outcomeOf(response).getIssueFirstRep().getSeverity())
                .isEqualTo(OperationOutcome.IssueSeverity.ERROR);
    }

    @Test
    void requestTomcatRefusesAnswersAnOperationOutcome() {
        // A malformed percent-encoding in the path: Tomcat refuses it before any servlet runs.
        RawHttp.Response response = RawHttp.send(port, "GET", "/fhir/Pat%zzient", "Accept: " + FHIR_JSON);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith(FHIR_JSON);
        assertThat(outcomeOf(response).getIssueFirstRep().getSeverity())
                .isEqualTo(OperationOutcome.IssueSeverity.ERROR);
    }

    @Test
    void unknownPathOutsideFhirIsANotFoundOperationOutcome() {
        HttpResponse<String> response =
                send(HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/no/such/page"))
                        .header("Authorization", "Bearer " + issuer().systemToken())
                        .header("Accept", "text/html"));

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith(FHIR_JSON));
        assertThat(outcome(response).getIssueFirstRep().getCode()).isEqualTo(OperationOutcome.IssueType.NOTFOUND);
    }

    @Test
    void errorAnswersXmlWhenTheClientAsksForXml() {
        HttpResponse<String> response =
                send(HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/no/such/page"))
                        .header("Authorization", "Bearer " + issuer().systemToken())
                        .header("Accept", "application/fhir+xml"));

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/fhir+xml"));
        OperationOutcome outcome = fhirContext.newXmlParser().parseResource(OperationOutcome.class, response.body());
        assertThat(outcome.getIssueFirstRep().getCode()).isEqualTo(OperationOutcome.IssueType.NOTFOUND);
    }

    @Test
    void unknownResourceTypeUnderFhirIsAnOperationOutcome() {
        HttpResponse<String> response = send(request("/NoSuchType/1"));

        assertThat(response.statusCode()).isBetween(400, 404);
        assertThat(outcome(response).getIssueFirstRep().getSeverity()).isEqualTo(OperationOutcome.IssueSeverity.ERROR);
    }

    @Test
    void pathTraversalIsRefusedWithAnOperationOutcome() {
        // An encoded slash or dot segment is refused before authentication (by Tomcat or Spring Security's firewall).
        RawHttp.Response response = RawHttp.send(port, "GET", "/fhir/Patient%2F..%2Fmetadata", "Accept: " + FHIR_JSON);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith(FHIR_JSON);
        assertThat(outcomeOf(response).getIssueFirstRep().getSeverity())
                .isEqualTo(OperationOutcome.IssueSeverity.ERROR);
    }

    @Test
    void semicolonInThePathIsRefusedByTheFirewallWithAnOperationOutcome() {
        // Spring Security's StrictHttpFirewall rejects path parameters (";"), which Tomcat would accept.
        RawHttp.Response response = RawHttp.send(port, "GET", "/fhir/metadata;jsessionid=x", "Accept: " + FHIR_JSON);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith(FHIR_JSON);
        assertThat(outcomeOf(response).getIssueFirstRep().getSeverity())
                .isEqualTo(OperationOutcome.IssueSeverity.ERROR);
    }

    @Test
    void wrongMethodOnASpringPathIsA405OperationOutcome() {
        HttpResponse<String> response =
                send(HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/actuator/health"))
                        .DELETE());

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(outcome(response).getIssueFirstRep().getCode()).isEqualTo(OperationOutcome.IssueType.NOTSUPPORTED);
    }

    @Test
    void missingTokenIsA401OperationOutcomeInXmlWhenAsked() {
        HttpResponse<String> response = send(requestWith("/Patient", null).header("Accept", "application/fhir+xml"));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(h -> assertThat(h).startsWith("Bearer"));
        OperationOutcome outcome = fhirContext.newXmlParser().parseResource(OperationOutcome.class, response.body());
        assertThat(outcome.getIssueFirstRep().getCode()).isEqualTo(OperationOutcome.IssueType.LOGIN);
    }

    /** The municipality that coordinates the example plan (an EHR on its team). */
    private static String municipalityOrgnr(StoredPlan plan) {
        Organization municipality =
                (Organization) ExamplePlans.entry(plan.sent(), "urn:uuid:00000000-0000-4000-8001-000000000003")
                        .getResource();
        return municipality.getIdentifier().stream()
                .filter(i -> SyntheticIds.ORGNR_SYSTEM.equals(i.getSystem()))
                .findFirst()
                .orElseThrow()
                .getValue();
    }

    private OperationOutcome outcomeOf(RawHttp.Response response) {
        return fhirContext.newJsonParser().parseResource(OperationOutcome.class, response.body());
    }
}
