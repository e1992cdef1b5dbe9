package no.ipfhir.server.styringsdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import no.ipfhir.population.PlanGenerator;
import no.ipfhir.population.PlanGenerator.GeneratedPlan;
import no.ipfhir.server.kernel.IpCodes;
import no.ipfhir.server.support.InMemoryReader;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;

/** A person's row of the projection says what their generated plan holds. */
class PersonFactsTest {

    @Test
    void theRowOfAGeneratedPlanHoldsItsFacts() {
        PlanGenerator generator = new PlanGenerator(11, LocalDate.of(2026, 11, 30));
        for (int i = 0; i < 40; i++) {
            GeneratedPlan plan = generator.plan(i);
            InMemoryReader reader = InMemoryReader.ofTransaction(plan.bundle());
            Patient patient = one(plan, Patient.class);

            PersonFacts facts = PersonFacts.of(
                            "Patient/" + patient.getIdElement().getIdPart(), reader)
                    .orElseThrow();

            assertThat(facts.kommunenummer()).as("plan %d", i).isEqualTo(plan.municipality().kommunenummer);
            assertThat(facts.kommunenavn()).isEqualTo(plan.municipality().name + " kommune");
            assertThat(facts.planStatus()).isEqualTo(plan.status());
            assertThat(facts.goals()).isEqualTo(plan.goals());
            long own = plan.resources(Goal.class).stream()
                    .filter(g -> g.getExpressedBy()
                            .getReference()
                            .equals("Patient/" + patient.getIdElement().getIdPart()))
                    .count();
            assertThat(facts.goalsByPatient()).isEqualTo((int) own);
            assertThat(facts.needReported().toString())
                    .isEqualTo(one(plan, EpisodeOfCare.class)
                            .getPeriod()
                            .getStartElement()
                            .getValueAsString());
            long koordinators = one(plan, CareTeam.class).getParticipant().stream()
                    .filter(p -> p.getRole().stream().anyMatch(IpCodes::isCoordinator))
                    .count();
            assertThat(facts.koordinatorPeriods()).hasSize((int) koordinators);
            assertThat(facts.koordinatorPeriods()
                            .get(facts.koordinatorPeriods().size() - 1)
                            .last())
                    .as("the current koordinator's period lasts")
                    .isNull();
            assertThat(facts.kommune()).as("the koordinerende enhet takes part").isTrue();
            assertThat(facts.birthDate().toString())
                    .isEqualTo(patient.getBirthDateElement().getValueAsString());
        }
    }

    private static <T extends Resource> T one(GeneratedPlan plan, Class<T> type) {
        return plan.resources(type).get(0);
    }
}
