package no.ipfhir.server.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import no.ipfhir.server.support.ExamplePlans;
import no.ipfhir.server.support.FhirIntegrationTest;
import no.ipfhir.server.support.StoredPlan;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.Test;

class PlanPartsBelongToPatientIT extends FhirIntegrationTest {

    @Test
    void goalOfAnotherPatientCannotBeAddedToAPlan() {
        StoredPlan kari = StoredPlan.store(fhirContext, client(), ExamplePlans.STROKE_REHABILITATION);
        StoredPlan ola = StoredPlan.store(fhirContext, client(), ExamplePlans.STROKE_REHABILITATION);
        CarePlan plan = kari.read(CarePlan.class, kari.id("CarePlan"));
        int index = plan.getGoal().size();
        plan.addGoal(new Reference(ola.id("Goal")));

        HttpResponse<String> response = update(plan);

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(outcome(response).getIssue()).anySatisfy(issue -> {
            assertThat(issue.getExpression()).extracting(e -> e.getValue()).contains("CarePlan.goal[" + index + "]");
            assertThat(issue.getDiagnostics())
                    .contains("is about " + ola.patientId(), "plan is about " + kari.patientId());
        });
        assertThat(kari.read(CarePlan.class, kari.id("CarePlan")).getGoal()).hasSize(index);
    }

    @Test
    void teamOfAnotherPatientCannotBeThePlansTeam() {
        StoredPlan kari = StoredPlan.store(fhirContext, client(), ExamplePlans.STROKE_REHABILITATION);
        StoredPlan ola = StoredPlan.store(fhirContext, client(), ExamplePlans.STROKE_REHABILITATION);
        CarePlan plan = kari.read(CarePlan.class, kari.id("CarePlan"));
        plan.getCareTeam().clear();
        plan.addCareTeam(new Reference(ola.id("CareTeam")));

        HttpResponse<String> response = update(plan);

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("CarePlan.careTeam[0]");
    }
}
