package no.ipfhir.server.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import no.ipfhir.server.support.ExamplePlans;
import no.ipfhir.server.support.FhirIntegrationTest;
import no.ipfhir.server.support.StoredPlan;
import no.ipfhir.server.support.SyntheticIds;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.Test;

class OneIndividualPlanPerPatientIT extends FhirIntegrationTest {

    @Test
    void secondActiveIndividualPlanForTheSamePatientIsRefused() {
        StoredPlan plan = StoredPlan.store(fhirContext, client(), ExamplePlans.STROKE_REHABILITATION);

        HttpResponse<String> response = post("CarePlan", newPlanLike(plan));

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(outcome(response).getIssueFirstRep().getDiagnostics())
                .contains("already has an active individual plan (" + plan.id("CarePlan") + ")");
        assertThat(outcome(response).getIssueFirstRep().getExpression())
                .extracting(e -> e.getValue())
                .contains("CarePlan.subject");
    }

    @Test
    void subPlanUnderTheIndividualPlanIsAccepted() {
        StoredPlan plan = StoredPlan.store(fhirContext, client(), ExamplePlans.STROKE_REHABILITATION);
        CarePlan subPlan = newPlanLike(plan);
        subPlan.getCategoryFirstRep().getCodingFirstRep().setCode("treningsplan");
        subPlan.addPartOf(new Reference(plan.id("CarePlan")));
        subPlan.setTitle("Treningsplan fysioterapi");

        HttpResponse<String> response = post("CarePlan", subPlan);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    }

    @Test
    void draftPlanBesideTheActiveOneIsAccepted() {
        StoredPlan plan = StoredPlan.store(fhirContext, client(), ExamplePlans.STROKE_REHABILITATION);
        CarePlan draft = newPlanLike(plan);
        draft.setStatus(CarePlan.CarePlanStatus.DRAFT);

        assertThat(post("CarePlan", draft).statusCode()).isEqualTo(201);
    }

    private static CarePlan newPlanLike(StoredPlan plan) {
        CarePlan copy = plan.read(CarePlan.class, plan.id("CarePlan")).copy();
        copy.setId((String) null);
        copy.getMeta().setVersionId(null).setLastUpdated(null);
        copy.getIdentifierFirstRep().setValue(SyntheticIds.unique("plan"));
        return copy;
    }
}
