package no.ipfhir.server.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import no.ipfhir.server.support.Concurrently;
import no.ipfhir.server.support.ExamplePlans;
import no.ipfhir.server.support.FhirIntegrationTest;
import no.ipfhir.server.support.StoredPlan;
import no.ipfhir.server.support.SyntheticIds;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Organization;
import org.junit.jupiter.api.Test;

/**
 * Several EHR clients edit one plan at once, each reading it and writing its change with the
 * version it read in {@code If-Match}: no change is lost, and whoever wrote on a version that was
 * no longer current is told so with 412.
 */
class IfMatchUnderConcurrencyIT extends FhirIntegrationTest {

    private static final int CLIENTS = 8;
    private static final int ATTEMPTS_PER_CLIENT = 4;
    private static final String MUNICIPALITY = "urn:uuid:00000000-0000-4000-8001-000000000003";

    @Test
    void concurrentVersionedUpdatesLoseNoChangeAndLosersGet412() {
        StoredPlan plan = StoredPlan.store(fhirContext, client(), ExamplePlans.STROKE_REHABILITATION);
        String orgnr = ((Organization)
                        ExamplePlans.entry(plan.sent(), MUNICIPALITY).getResource())
                .getIdentifier().stream()
                        .filter(identifier -> SyntheticIds.ORGNR_SYSTEM.equals(identifier.getSystem()))
                        .map(Identifier::getValue)
                        .findFirst()
                        .orElseThrow();
        String ehr = issuer().token("user/CarePlan.rus").orgnr(orgnr).sign();
        String path = "/" + plan.id("CarePlan");

        List<List<Written>> perClient = Concurrently.run(CLIENTS, client -> {
            List<Written> written = new ArrayList<>();
            for (int attempt = 0; attempt < ATTEMPTS_PER_CLIENT; attempt++) {
                HttpResponse<String> read = send(requestWith(path, ehr).header("Accept", "application/fhir+json"));
                assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
                CarePlan current = fhirContext.newJsonParser().parseResource(CarePlan.class, read.body());
                String change = "Endring fra klient " + client + ", forsøk " + attempt;
                current.setDescription(change);
                HttpResponse<String> update = send(requestWith(path, ehr)
                        .header("Content-Type", "application/fhir+json")
                        .header("Accept", "application/fhir+json")
                        .header("If-Match", read.headers().firstValue("ETag").orElseThrow())
                        .PUT(HttpRequest.BodyPublishers.ofString(
                                fhirContext.newJsonParser().encodeResourceToString(current))));
                written.add(new Written(change, update));
            }
            return written;
        });

        List<Written> all = perClient.stream().flatMap(List::stream).toList();
        Map<Integer, Long> statuses = new TreeMap<>();
        all.forEach(w -> statuses.merge(w.response().statusCode(), 1L, Long::sum));
        long accepted = statuses.getOrDefault(200, 0L);
        CarePlan stored = plan.read(CarePlan.class, plan.id("CarePlan"));
        Bundle history = client().history()
                .onInstance(plan.id("CarePlan"))
                .returnBundle(Bundle.class)
                .count(1000)
                .execute();
        List<String> historyDescriptions = history.getEntry().stream()
                .map(e -> ((CarePlan) e.getResource()).getDescription())
                .toList();
        System.out.println(
                "Concurrent If-Match updates of one plan: " + all.size() + " sent by " + CLIENTS + " clients, answers "
                        + statuses + "; final version " + stored.getMeta().getVersionId() + ", versions in history "
                        + history.getEntry().size());

        assertThat(statuses.keySet()).containsOnly(200, 412);
        assertThat(accepted).isPositive();
        assertThat(Long.parseLong(stored.getMeta().getVersionId())).isEqualTo(1 + accepted);
        assertThat(history.getEntry()).hasSize((int) (1 + accepted));
        all.stream().filter(w -> w.response().statusCode() == 200).forEach(w -> assertThat(historyDescriptions)
                .as("every accepted change is a version of its own")
                .containsOnlyOnce(w.change()));
        all.stream().filter(w -> w.response().statusCode() == 412).forEach(w -> {
            assertThat(fhirContext.newJsonParser().parseResource(w.response().body()))
                    .isInstanceOf(OperationOutcome.class);
            assertThat(historyDescriptions).doesNotContain(w.change());
        });
    }

    private record Written(String change, HttpResponse<String> response) {}
}
