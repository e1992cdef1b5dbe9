package no.ipfhir.server.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import no.ipfhir.server.support.FhirIntegrationTest;
import no.ipfhir.server.support.SyntheticIds;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;

/**
 * A Patient without an identifier is refused with an issue on the missing element that says which
 * identifier systems to use. Sent by a back end: an EHR's token is refused before validation, since a
 * patient without an identifier is on no plan its organisation takes part in.
 */
class MissingIdentifierIT extends FhirIntegrationTest {

    @Test
    void missingPatientIdentifierPointsAtTheIdentifierAndNamesTheExpectedSystems() {
        Patient patient = new Patient();
        patient.addName().setFamily("Nordmann").addGiven("Ola");

        HttpResponse<String> response = post("Patient", patient);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
        OperationOutcome.OperationOutcomeIssueComponent issue = outcome(response).getIssue().stream()
                .filter(i ->
                        i.getExpression().stream().anyMatch(e -> e.getValue().equals("Patient.identifier")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No issue on Patient.identifier: " + response.body()));
        assertThat(issue.getCode()).isEqualTo(OperationOutcome.IssueType.REQUIRED);
        assertThat(issue.getDiagnostics())
                .contains(
                        "FNR " + SyntheticIds.FNR_SYSTEM,
                        "DNR " + SyntheticIds.DNR_SYSTEM,
                        "FHN urn:oid:2.16.578.1.12.4.1.4.3");
    }
}
