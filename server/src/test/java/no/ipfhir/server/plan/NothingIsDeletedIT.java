package no.ipfhir.server.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import no.ipfhir.server.support.ExamplePlans;
import no.ipfhir.server.support.FhirIntegrationTest;
import no.ipfhir.server.support.StoredPlan;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Plans, goals, tiltak and teams change status; they are never deleted. */
class NothingIsDeletedIT extends FhirIntegrationTest {

    @ParameterizedTest
    @ValueSource(strings = {"CarePlan", "Goal", "CareTeam", "ServiceRequest"})
    void deleteIsRefusedWith405AndTheResourceStays(String type) {
        StoredPlan plan = StoredPlan.store(fhirContext, client(), ExamplePlans.STROKE_REHABILITATION);

        HttpResponse<String> response = send(request("/" + plan.id(type)).DELETE());

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(outcome(response).getIssueFirstRep().getDiagnostics())
                .contains("never deleted", "Change the status instead");
        assertThat(send(request("/" + plan.id(type))).statusCode()).isEqualTo(200);
    }

    @Test
    void deleteInsideATransactionIsRefusedAndTheResourceStays() {
        StoredPlan plan = StoredPlan.store(fhirContext, client(), ExamplePlans.STROKE_REHABILITATION);
        Bundle transaction = new Bundle().setType(Bundle.BundleType.TRANSACTION);
        transaction.addEntry().getRequest().setMethod(Bundle.HTTPVerb.DELETE).setUrl(plan.id("Goal"));

        HttpResponse<String> response = send(request("")
                .header("Content-Type", "application/fhir+json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        fhirContext.newJsonParser().encodeResourceToString(transaction))));

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(send(request("/" + plan.id("Goal"))).statusCode()).isEqualTo(200);
    }

    @Test
    void capabilityStatementOffersNoDeleteOfPlanResources() {
        CapabilityStatement capabilities =
                client().capabilities().ofType(CapabilityStatement.class).execute();

        assertThat(capabilities.getRestFirstRep().getResource())
                .filteredOn(r -> NothingIsDeletedRule.KEPT_TYPES.contains(r.getType()))
                .hasSize(4)
                .allSatisfy(r -> assertThat(r.getInteraction())
                        .noneMatch(i -> i.getCode() == CapabilityStatement.TypeRestfulInteraction.DELETE));
    }
}
