package no.ipfhir.server.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import no.ipfhir.server.exchange.ProvenanceRecorder;
import no.ipfhir.server.support.Concurrently;
import no.ipfhir.server.support.ExamplePlans;
import no.ipfhir.server.support.FhirIntegrationTest;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Provenance;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.Test;

/**
 * An EHR that loads many plans of one municipality from several clients at once: every plan
 * conditionally creates the same organisations, practitioners and roles, and none of the loads
 * fails for meeting another one creating them at the same moment. A load that met another one is run
 * again by the server (HAPI's retry); its history is still that of the attempt that committed: one
 * Provenance entry per resource written, naming nothing the failed attempt wrote and rolled back.
 */
class ConcurrentPlanLoadIT extends FhirIntegrationTest {

    private static final int PLANS = 50;
    private static final int CLIENTS = 8;

    @Test
    void fiftyPlansSharingTheirOrganisationsLoadFromEightClientsWithoutAFailure() {
        Bundle registry = ExamplePlans.fresh(fhirContext, ExamplePlans.STROKE_REHABILITATION);
        List<String> plans = new ArrayList<>();
        for (int i = 0; i < PLANS; i++) {
            plans.add(fhirContext
                    .newJsonParser()
                    .encodeResourceToString(ExamplePlans.freshSharingRegistry(
                            fhirContext, ExamplePlans.STROKE_REHABILITATION, registry)));
        }
        // A new patient's plan is loaded by the municipality's integration back end: an EHR user token reaches only
        // patients whose team its organisation is already on, which a plan not yet stored has none of.
        String integration =
                issuer().token("system/*.crs").clientId("kommune-integrasjon").sign();

        List<List<HttpResponse<String>>> perClient = Concurrently.run(CLIENTS, client -> {
            List<HttpResponse<String>> responses = new ArrayList<>();
            for (int plan = client; plan < PLANS; plan += CLIENTS) {
                responses.add(send(requestWith("", integration)
                        .header("Content-Type", "application/fhir+json")
                        .header("Accept", "application/fhir+json")
                        .POST(HttpRequest.BodyPublishers.ofString(plans.get(plan)))));
            }
            return responses;
        });

        List<HttpResponse<String>> responses =
                perClient.stream().flatMap(List::stream).toList();
        Map<Integer, Long> statuses = new TreeMap<>();
        responses.forEach(response -> statuses.merge(response.statusCode(), 1L, Long::sum));
        System.out.println("Concurrent plan loads sharing registry resources: " + PLANS + " plans from " + CLIENTS
                + " clients, answers " + statuses);
        assertThat(responses)
                .allSatisfy(response ->
                        assertThat(response.statusCode()).as(response.body()).isEqualTo(200));
        for (Bundle.BundleEntryComponent entry : registry.getEntry()) {
            if (ExamplePlans.REGISTRY_TYPES.contains(entry.getResource().fhirType())) {
                assertThat(stored(entry, integration))
                        .as("one %s for all plans", entry.getFullUrl())
                        .isEqualTo(1);
            }
        }
        for (HttpResponse<String> response : responses) {
            assertProvenanceNamesExactlyWhatWasWritten(
                    fhirContext.newJsonParser().parseResource(Bundle.class, response.body()), integration);
        }
    }

    /** The plan resources a load wrote, each in exactly one Provenance of the patient's, and nothing else. */
    private void assertProvenanceNamesExactlyWhatWasWritten(Bundle answer, String token) {
        List<String> written = new ArrayList<>();
        String patient = null;
        for (Bundle.BundleEntryComponent entry : answer.getEntry()) {
            IdType location = new IdType(entry.getResponse().getLocation());
            if (location.getResourceType().equals("Patient")) {
                patient = location.toUnqualifiedVersionless().getValue();
            } else if (ProvenanceRecorder.PLAN_RESOURCES.contains(location.getResourceType())
                    && entry.getResponse().getStatus().startsWith("201")) {
                written.add(location.toUnqualified().getValue());
            }
        }
        assertThat(patient).as("the load's patient").isNotNull();
        Bundle found = clientWith(token)
                .search()
                .forResource(Provenance.class)
                .where(Provenance.TARGET.hasId(patient))
                .count(100)
                .returnBundle(Bundle.class)
                .execute();
        List<String> named = new ArrayList<>();
        for (Bundle.BundleEntryComponent entry : found.getEntry()) {
            for (Reference target : ((Provenance) entry.getResource()).getTarget()) {
                if (!target.getReference().startsWith("Patient/")) {
                    named.add(target.getReference());
                }
            }
        }
        assertThat(named).as("Provenance of %s", patient).containsExactlyInAnyOrderElementsOf(written);
    }

    /** How many resources the entry's conditional create names: it must have created exactly one. */
    private int stored(Bundle.BundleEntryComponent entry, String token) {
        String condition = entry.getRequest().getIfNoneExist();
        String query = condition.substring(0, condition.indexOf('=') + 1)
                + URLEncoder.encode(condition.substring(condition.indexOf('=') + 1), StandardCharsets.UTF_8);
        HttpResponse<String> found = send(requestWith("/" + entry.getResource().fhirType() + "?" + query, token)
                .header("Accept", "application/fhir+json"));
        assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
        return fhirContext
                .newJsonParser()
                .parseResource(Bundle.class, found.body())
                .getEntry()
                .size();
    }
}
