package no.ipfhir.server.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import no.ipfhir.server.kernel.IpPackage;
import no.ipfhir.server.profile.ProfileCapabilities;
import no.ipfhir.server.support.FhirIntegrationTest;
import org.hl7.fhir.r4.model.CanonicalType;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestResourceComponent;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.junit.jupiter.api.Test;

/** The CapabilityStatement says what the server does, and only that. */
class CapabilityStatementIT extends FhirIntegrationTest {

    /** HAPI's administrative operations, as a caller would try them. */
    private static final List<String> ADMINISTRATIVE_CALLS = List.of(
            "/$expunge",
            "/Patient/$expunge",
            "/$mark-all-resources-for-reindexing",
            "/$perform-reindexing-pass",
            "/$reindex-terminology",
            "/$hapi.fhir.replace-references",
            "/$hapi.fhir.undo-replace-references",
            "/Patient/$hapi.fhir.merge",
            "/Patient/$hapi.fhir.undo-merge");

    @Test
    void everyProfileOfThePackageIsASupportedProfileOfItsType() {
        CapabilityStatement capabilities = capabilities();
        Map<String, List<String>> expected = ProfileCapabilities.profilesByType(fhirContext, IpPackage.load());

        assertThat(expected.keySet())
                .contains(
                        "Patient",
                        "Consent",
                        "ServiceRequest",
                        "Condition",
                        "Organization",
                        "Practitioner",
                        "PractitionerRole",
                        "RelatedPerson",
                        "CarePlan",
                        "CareTeam",
                        "Goal",
                        "Observation");
        for (Map.Entry<String, List<String>> type : expected.entrySet()) {
            CapabilityStatementRestResourceComponent resource = resource(capabilities, type.getKey());
            assertThat(resource.getSupportedProfile())
                    .extracting(CanonicalType::getValue)
                    .as(type.getKey())
                    .containsAll(type.getValue());
        }
    }

    @Test
    void noAdministrativeOperationIsListed() {
        List<String> listed = operationNames(capabilities());

        assertThat(listed).isNotEmpty().contains("ip-summary");
        assertThat(listed)
                .doesNotContain(
                        "expunge",
                        "mark-all-resources-for-reindexing",
                        "perform-reindexing-pass",
                        "reindex-terminology",
                        "hapi.fhir.merge",
                        "hapi.fhir.undo-merge",
                        "hapi.fhir.replace-references",
                        "hapi.fhir.undo-replace-references");
    }

    @Test
    void administrativeOperationsAreRefusedEvenToABackEnd() {
        for (String call : ADMINISTRATIVE_CALLS) {
            HttpResponse<String> response = send(request(call)
                    .header("Content-Type", "application/fhir+json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"resourceType\":\"Parameters\"}")));

            assertThat(response.statusCode()).as(call).isBetween(400, 499);
            OperationOutcome outcome = outcome(response);
            assertThat(outcome.getIssueFirstRep().getSeverity())
                    .as(call)
                    .isEqualTo(OperationOutcome.IssueSeverity.ERROR);
            assertThat(outcome.getIssueFirstRep().getDiagnostics())
                    .as(call)
                    .contains("does not offer the operation")
                    .doesNotContain("not enabled");
        }
    }

    @Test
    void expungeIsNotOfferedWhereNothingIsDeleted() {
        assertThat(resource(capabilities(), "CarePlan").getOperation())
                .extracting(CapabilityStatement.CapabilityStatementRestResourceOperationComponent::getName)
                .doesNotContain("expunge")
                .contains("ip-summary");
    }

    @Test
    void thePatientsPrecomputedPlanIsDeclaredOnPatient() {
        assertThat(resource(capabilities(), "Patient").getOperation())
                .extracting(CapabilityStatement.CapabilityStatementRestResourceOperationComponent::getName)
                .contains("ip-plan");
    }

    @Test
    void theStyringsdataAreDeclaredOnMeasure() {
        assertThat(resource(capabilities(), "Measure").getOperation())
                .extracting(CapabilityStatement.CapabilityStatementRestResourceOperationComponent::getName)
                .contains("evaluate-measure");
    }

    private CapabilityStatement capabilities() {
        HttpResponse<String> response = send(requestWith("/metadata", null).header("Accept", "application/fhir+json"));
        assertThat(response.statusCode()).isEqualTo(200);
        return fhirContext.newJsonParser().parseResource(CapabilityStatement.class, response.body());
    }

    private static CapabilityStatementRestResourceComponent resource(CapabilityStatement capabilities, String type) {
        return capabilities.getRestFirstRep().getResource().stream()
                .filter(r -> type.equals(r.getType()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No " + type + " in the CapabilityStatement"));
    }

    private static List<String> operationNames(CapabilityStatement capabilities) {
        List<String> names = new ArrayList<>();
        capabilities.getRest().forEach(rest -> {
            rest.getOperation().forEach(o -> names.add(o.getName()));
            rest.getResource().forEach(r -> r.getOperation().forEach(o -> names.add(o.getName())));
        });
        return Stream.of(names).flatMap(List::stream).distinct().toList();
    }
}
