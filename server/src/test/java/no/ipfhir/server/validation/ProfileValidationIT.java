package no.ipfhir.server.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import no.ipfhir.server.support.ExamplePlans;
import no.ipfhir.server.support.FhirIntegrationTest;
import no.ipfhir.server.support.StoredPlan;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every write is checked against the IP profiles; what fails answers 422 naming the element. */
class ProfileValidationIT extends FhirIntegrationTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                ExamplePlans.STROKE_REHABILITATION,
                ExamplePlans.CHILD_HABILITATION,
                ExamplePlans.SUB_PLAN,
                ExamplePlans.COORDINATOR_CHANGE
            })
    void everyExamplePlanOfTheGuideIsAccepted(String example) {
        Bundle response = client().transaction()
                .withBundle(ExamplePlans.fresh(fhirContext, example))
                .execute();

        assertThat(response.getEntry())
                .isNotEmpty()
                .allSatisfy(e -> assertThat(e.getResponse().getStatus()).startsWith("201"));
    }

    static Stream<Arguments> counterExamples() throws IOException {
        JsonNode expectations = json("fhir-package/counter-examples/expectations.json");
        List<Arguments> cases = new ArrayList<>();
        expectations
                .fields()
                .forEachRemaining(
                        e -> cases.add(Arguments.of(e.getKey(), e.getValue().asText())));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("counterExamples")
    void everyCounterExampleIsRejectedWithItsMessage(String file, String expectedMessage) throws IOException {
        String body;
        try (InputStream in = resource("fhir-package/counter-examples/" + file)) {
            body = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }

        HttpResponse<String> response = send(request("")
                .header("Content-Type", "application/fhir+json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
        OperationOutcome outcome = outcome(response);
        assertThat(outcome.getIssue()).anySatisfy(issue -> {
            assertThat(issue.getDiagnostics()).contains(expectedMessage);
            assertThat(issue.getExpression()).isNotEmpty();
        });
    }

    @Test
    void resourceThatClaimsNoProfileIsValidatedAgainstTheIpProfileOfItsType() {
        StoredPlan plan = StoredPlan.store(fhirContext, client(), ExamplePlans.STROKE_REHABILITATION);
        Goal goal = plan.read(Goal.class, plan.id("Goal"));
        goal.getMeta().getProfile().clear();
        goal.setExpressedBy(null);

        HttpResponse<String> response = put("Goal/" + goal.getIdElement().getIdPart(), goal);

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(outcome(response).getIssue()).anySatisfy(issue -> {
            assertThat(issue.getDiagnostics()).contains("Goal.expressedBy", "no-ip-Goal");
            assertThat(issue.getExpression()).anyMatch(e -> e.getValue().startsWith("Goal"));
        });
        assertThat(plan.read(Goal.class, plan.id("Goal")).hasExpressedBy())
                .as("nothing changed")
                .isTrue();
    }

    @Test
    void patientWithAWrongFodselsnummerCheckDigitIsRejectedNamingTheIdentifier() {
        Patient patient =
                ExamplePlans.first(ExamplePlans.load(fhirContext, ExamplePlans.STROKE_REHABILITATION), Patient.class);
        patient.getIdentifierFirstRep().setValue("16822548835");

        HttpResponse<String> response = post("Patient", patient);

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(outcome(response).getIssue()).anySatisfy(issue -> {
            assertThat(issue.getDiagnostics()).contains("Fødselsnummer 16822548835");
            assertThat(issue.getExpression()).extracting(e -> e.getValue()).contains("Patient.identifier[0]");
        });
    }

    @Test
    void resourceClaimingAnUnknownProfileIsRejected() {
        Patient patient =
                ExamplePlans.first(ExamplePlans.fresh(fhirContext, ExamplePlans.STROKE_REHABILITATION), Patient.class);
        patient.getMeta().addProfile("https://ip-fhir.org/fhir/StructureDefinition/no-such-profile");

        HttpResponse<String> response = post("Patient", patient);

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("no-such-profile");
    }

    @Test
    void patchThatBreaksTheProfileIsRejectedAndChangesNothing() {
        StoredPlan plan = StoredPlan.store(fhirContext, client(), ExamplePlans.STROKE_REHABILITATION);
        String goalId = plan.id("Goal");

        HttpResponse<String> response = send(request("/" + goalId)
                .header("Content-Type", "application/json-patch+json")
                .method(
                        "PATCH",
                        HttpRequest.BodyPublishers.ofString("[{\"op\":\"remove\",\"path\":\"/expressedBy\"}]")));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("Goal.expressedBy");
        assertThat(plan.read(Goal.class, goalId).getMeta().getVersionId()).isEqualTo("1");
    }

    private static JsonNode json(String path) throws IOException {
        try (InputStream in = resource(path)) {
            return new ObjectMapper().readTree(in);
        }
    }

    private static InputStream resource(String path) {
        InputStream in = ProfileValidationIT.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException(path + " is not on the classpath");
        }
        return in;
    }
}
