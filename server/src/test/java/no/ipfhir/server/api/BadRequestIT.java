package no.ipfhir.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.stream.Stream;
import no.ipfhir.server.support.FhirIntegrationTest;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Bad requests answer 4xx with an OperationOutcome that says what is wrong, never 500. */
class BadRequestIT extends FhirIntegrationTest {

    private static final String JSON = "application/fhir+json";

    static Stream<Arguments> badRequests() {
        return Stream.of(
                Arguments.of(
                        "malformed JSON",
                        "POST",
                        "/Patient",
                        JSON,
                        "{\"resourceType\":\"Patient\",",
                        400,
                        "Failed to parse"),
                Arguments.of(
                        "malformed XML",
                        "POST",
                        "/Patient",
                        "application/fhir+xml",
                        "<Patient xmlns=\"http://hl7.org/fhir\"><name",
                        400,
                        "Failed to parse"),
                Arguments.of(
                        "unknown resource type (read)",
                        "GET",
                        "/IndividualPlan/1",
                        null,
                        null,
                        404,
                        "Unknown resource type"),
                Arguments.of(
                        "unknown resource type (create)",
                        "POST",
                        "/IndividualPlan",
                        JSON,
                        "{\"resourceType\":\"IndividualPlan\"}",
                        404,
                        "Unknown resource type"),
                Arguments.of(
                        "body of another type than the URL",
                        "POST",
                        "/Patient",
                        JSON,
                        "{\"resourceType\":\"Goal\"}",
                        400,
                        "expected \"Patient\" but found \"Goal\""),
                Arguments.of(
                        "element that R4 does not have",
                        "POST",
                        "/Patient",
                        JSON,
                        "{\"resourceType\":\"Patient\",\"planStatus\":\"active\"}",
                        400,
                        "planStatus"),
                Arguments.of(
                        "impossible date",
                        "POST",
                        "/Patient",
                        JSON,
                        "{\"resourceType\":\"Patient\",\"birthDate\":\"2020-13-45\"}",
                        400,
                        "birthDate"),
                Arguments.of(
                        "body declared as another FHIR version",
                        "POST",
                        "/Patient",
                        JSON + "; fhirVersion=3.0",
                        "{\"resourceType\":\"Patient\"}",
                        415,
                        "FHIR R4 only"),
                Arguments.of(
                        "response wanted in another FHIR version", "GET", "/metadata", null, null, 406, "FHIR R4 only"),
                Arguments.of(
                        "read of a resource that does not exist",
                        "GET",
                        "/CarePlan/does-not-exist-0",
                        null,
                        null,
                        404,
                        "is not known"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRequests")
    void badRequestIsAnsweredWithAnOperationOutcome(
            String name, String method, String path, String contentType, String body, int status, String message) {
        HttpRequest.Builder request = request(path).header("Accept", JSON);
        if (name.startsWith("response wanted")) {
            request.setHeader("Accept", JSON + "; fhirVersion=5.0");
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        request.method(
                method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));

        HttpResponse<String> response = send(request);

        assertThat(response.statusCode()).isEqualTo(status);
        OperationOutcome outcome =
                (OperationOutcome) fhirContext.newJsonParser().parseResource(response.body());
        assertThat(outcome.getIssueFirstRep().getSeverity()).isEqualTo(OperationOutcome.IssueSeverity.ERROR);
        assertThat(outcome.getIssueFirstRep().getDiagnostics()).contains(message);
    }
}
