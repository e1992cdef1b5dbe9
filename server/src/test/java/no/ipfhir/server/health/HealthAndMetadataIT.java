package no.ipfhir.server.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import no.ipfhir.server.support.FhirIntegrationTest;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestResourceComponent;
import org.hl7.fhir.r4.model.CapabilityStatement.TypeRestfulInteraction;
import org.junit.jupiter.api.Test;

/** What operators and integrators see first: health, readiness, metrics and the CapabilityStatement. */
class HealthAndMetadataIT extends FhirIntegrationTest {

    @Test
    void readinessIsUpOnceTheFhirEndpointAnswers() {
        HttpResponse<String> readiness = send(HttpRequest.newBuilder(actuator("/health/readiness")));

        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"status\":\"UP\"");
        HttpResponse<String> health = send(HttpRequest.newBuilder(actuator("/health")));
        assertThat(health.statusCode()).isEqualTo(200);
    }

    @Test
    void metricsArePublishedForPrometheus() {
        client().capabilities().ofType(CapabilityStatement.class).execute();

        HttpResponse<String> metrics = send(HttpRequest.newBuilder(actuator("/prometheus")));

        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("hikaricp_connections_active", "http_server_requests_seconds_count");
    }

    @Test
    void capabilityStatementDescribesThePlanResourcesWithHistoryAndFullTextSearch() {
        CapabilityStatement capabilities =
                client().capabilities().ofType(CapabilityStatement.class).execute();

        assertThat(capabilities.getFhirVersion().toCode()).isEqualTo("4.0.1");
        for (String type : new String[] {"CarePlan", "CareTeam", "Goal", "Patient"}) {
            CapabilityStatementRestResourceComponent resource = resource(capabilities, type);
            assertThat(resource.getInteraction())
                    .extracting(i -> i.getCode())
                    .contains(
                            TypeRestfulInteraction.READ,
                            TypeRestfulInteraction.VREAD,
                            TypeRestfulInteraction.UPDATE,
                            TypeRestfulInteraction.CREATE,
                            TypeRestfulInteraction.HISTORYINSTANCE,
                            TypeRestfulInteraction.SEARCHTYPE);
        }
        assertThat(resource(capabilities, "Goal").getSearchParam())
                .extracting(p -> p.getName())
                .contains("_content", "_text");
        assertThat(resource(capabilities, "CarePlan").getSearchInclude())
                .extracting(i -> i.getValue())
                .contains("CarePlan:goal", "CarePlan:care-team");
    }

    private URI actuator(String path) {
        return URI.create("http://localhost:" + port + "/actuator" + path);
    }

    private static CapabilityStatementRestResourceComponent resource(CapabilityStatement capabilities, String type) {
        return capabilities.getRestFirstRep().getResource().stream()
                .filter(r -> r.getType().equals(type))
                .findFirst()
                .orElseThrow(() -> new AssertionError(type + " is missing from the CapabilityStatement"));
    }
}
