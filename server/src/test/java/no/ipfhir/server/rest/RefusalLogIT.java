package no.ipfhir.server.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import no.ipfhir.server.support.FhirIntegrationTest;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** What the operator's log says about a refused write: one line with the status and the rule. */
@ExtendWith(OutputCaptureExtension.class)
class RefusalLogIT extends FhirIntegrationTest {

    @Test
    void refusedWriteIsOneInfoLineWithStatusAndRuleAndNoStackTrace(CapturedOutput output) {
        Patient withoutIdentifier = new Patient();
        withoutIdentifier.addName().setFamily("Nordmann").addGiven("Kari");
        int before = output.getOut().length();

        HttpResponse<String> response = post("Patient", withoutIdentifier);

        assertThat(response.statusCode()).isEqualTo(422);
        List<String> lines = Arrays.asList(output.getOut().substring(before).split("\\R"));
        assertThat(lines)
                .filteredOn(line -> line.contains("Refused POST"))
                .singleElement()
                .satisfies(line -> assertThat(line)
                        .contains(" INFO ", "/fhir/Patient", "422", "Patient.identifier", "minimum required"));
        assertThat(lines).noneMatch(line -> line.contains("UnprocessableEntityException"));
        assertThat(lines).noneMatch(line -> line.startsWith("\tat "));
        assertThat(lines).noneMatch(line -> line.contains(" ERROR "));
        assertThat(lines)
                .as("HAPI's own WARN line for the same refusal")
                .noneMatch(line -> line.contains("Failure during REST processing"));
    }
}
