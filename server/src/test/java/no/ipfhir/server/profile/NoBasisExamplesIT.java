package no.ipfhir.server.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import no.ipfhir.server.kernel.IpPackage;
import no.ipfhir.server.support.FhirIntegrationTest;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.OperationOutcomeIssueComponent;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.utilities.npm.NpmPackage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Resources from a Norwegian EHR fit without translation: HL7 Norway's own no-basis examples that
 * are plausible IP resources are stored as they are, and those a plan cannot use are refused with
 * the reason. Each is sent by a back end allowed to create only that type.
 */
class NoBasisExamplesIT extends FhirIntegrationTest {

    private static final NpmPackage NO_BASIS = IpPackage.loadNoBasis();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "no-basis-Patient-Jannice-Søreng.json",
                "no-basis-Practitioner-example.json",
                "no-basis-Organization-example.json",
                "no-basis-RelatedPerson-Solid-æresdoktor.json",
                "no-basis-RelatedPerson-Ærlend-Sørgård.json"
            })
    void plausibleNoBasisExampleIsAccepted(String example) {
        Resource resource = example(example);

        HttpResponse<String> response = create(resource);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "no-basis-Patient-Espen-Eksempel.json; Patient.identifier[0]; Fødselsnummer 210377xxxxx is not valid: it must be exactly 11 digits",
                "Patient-e70f0ba2-44d8-4f14-9c3a-ff4c6ead7473.json; Patient.identifier; Patient.identifier: minimum required = 1"
            })
    void noBasisExampleThatAPlanCannotUseIsRefusedWithTheReason(String example, String expression, String reason) {
        Resource resource = example(example);

        HttpResponse<String> response = create(resource);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
        OperationOutcome outcome = outcome(response);
        assertThat(outcome.getIssue()).as(response.body()).anySatisfy(issue -> {
            assertThat(issue.getDiagnostics()).contains(reason);
            assertThat(expressions(issue)).contains(expression);
        });
    }

    private HttpResponse<String> create(Resource resource) {
        String token = issuer().token("system/" + resource.fhirType() + ".c").sign();
        return send(requestWith("/" + resource.fhirType(), token)
                .header("Content-Type", "application/fhir+json")
                .header("Prefer", "return=minimal")
                .POST(HttpRequest.BodyPublishers.ofString(
                        fhirContext.newJsonParser().encodeResourceToString(resource))));
    }

    private Resource example(String file) {
        try (InputStream in = NO_BASIS.load("examples", file)) {
            Resource resource = (Resource)
                    fhirContext.newJsonParser().parseResource(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            resource.setId((String) null);
            return resource;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static java.util.List<String> expressions(OperationOutcomeIssueComponent issue) {
        return issue.getExpression().stream().map(e -> e.getValue()).toList();
    }
}
