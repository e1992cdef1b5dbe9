package no.ipfhir.server.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import java.util.Date;
import no.ipfhir.server.support.ExamplePlans;
import no.ipfhir.server.support.FhirIntegrationTest;
import org.hl7.fhir.instance.model.api.IIdType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Composition;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Parameters;
import org.junit.jupiter.api.Test;

/** {@code CarePlan/{id}/$ip-summary}: the whole plan in one call, now or as it was. */
class PlanSummaryIT extends FhirIntegrationTest {

    private static final String GOAL = "urn:uuid:00000000-0000-4000-8001-000000000022";
    private static final String PLAN = "urn:uuid:00000000-0000-4000-8001-000000000099";

    @Test
    void summaryIsADocumentWithTheWholePlanAndABokmalNarrative() {
        Bundle example = ExamplePlans.fresh(fhirContext, "ip-a-hjerneslag");
        IIdType plan = created(example, PLAN);

        Bundle summary = summary(plan, null);

        assertThat(summary.getType()).isEqualTo(Bundle.BundleType.DOCUMENT);
        Composition composition = (Composition) summary.getEntryFirstRep().getResource();
        assertThat(composition.getType().getCodingFirstRep().getCode()).isEqualTo("A02-2");
        assertThat(composition.getSection())
                .extracting(Composition.SectionComponent::getTitle)
                .containsExactly(
                        "Om planen", "Mål", "Tiltak", "Ansvarsgruppe og koordinator", "Samtykke", "Evalueringer");
        assertThat(composition.getText().getDivAsString())
                .contains(
                        "Individuell plan for Per Hansen",
                        "Status: aktiv.",
                        "Neste evaluering: 15. april 2026.",
                        "Jeg vil gå tur med hunden rundt vannet igjen, alene",
                        "pasientens eget mål",
                        "Fysioterapi i hjemmet",
                        "Koordinator: Lise Berg (Fjordvik kommune, fysio- og ergoterapitjenesten).",
                        "Samtykke til individuell plan er gitt 1. oktober 2025.",
                        "Klarer 300 meter nå.");
        assertThat(summary.getEntry())
                .extracting(e -> e.getResource().fhirType())
                .containsOnlyOnce("CarePlan", "CareTeam", "Consent")
                .filteredOn("Goal"::equals)
                .hasSize(3);
        assertThat(summary.getEntry())
                .extracting(e -> e.getResource().fhirType())
                .filteredOn("ServiceRequest"::equals)
                .hasSize(4);
        assertThat(summary.getEntry())
                .extracting(e -> e.getResource().fhirType())
                .filteredOn("Observation"::equals)
                .hasSize(2);
    }

    @Test
    void planAsOfAMomentShowsEachPartAsItWasThen() {
        Bundle example = ExamplePlans.fresh(fhirContext, "ip-a-hjerneslag");
        Bundle response = client().transaction().withBundle(example).execute();
        IIdType plan = new IdType(response.getEntry()
                .get(response.getEntry().size() - 1)
                .getResponse()
                .getLocation());
        IIdType goalId = new IdType(response.getEntry()
                .get(example.getEntry().indexOf(ExamplePlans.entry(example, GOAL)))
                .getResponse()
                .getLocation());
        Date beforeTheGoalWasReached = new Date();
        Goal goal =
                client().read().resource(Goal.class).withId(goalId.getIdPart()).execute();
        goal.getAchievementStatus().getCodingFirstRep().setCode("achieved");
        client().update().resource(goal).execute();

        String now = goalsSection(summary(plan, null));
        String then =
                goalsSection(summary(plan, new DateTimeType(beforeTheGoalWasReached, TemporalPrecisionEnum.MILLI)));

        assertThat(now).contains("Jeg vil gå tur med hunden rundt vannet igjen, alene</b>: aktivt, nådd");
        assertThat(then).contains("Jeg vil gå tur med hunden rundt vannet igjen, alene</b>: aktivt, underveis");
    }

    @Test
    void planAsOfADayBeforeItExistedIsNotFound() {
        IIdType plan = created(ExamplePlans.fresh(fhirContext, "ip-a-hjerneslag"), PLAN);

        assertThatThrownBy(() -> summary(plan, new DateTimeType("2020-01-01")))
                .isInstanceOf(ResourceNotFoundException.class)
                .hasMessageContaining("did not exist at 2020-01-01");
    }

    private IIdType created(Bundle example, String fullUrl) {
        Bundle response = client().transaction().withBundle(example).execute();
        int index = example.getEntry().indexOf(ExamplePlans.entry(example, fullUrl));
        return new IdType(response.getEntry().get(index).getResponse().getLocation()).toUnqualifiedVersionless();
    }

    private Bundle summary(IIdType plan, DateTimeType date) {
        Parameters parameters = new Parameters();
        if (date != null) {
            parameters.addParameter().setName("date").setValue(date);
        }
        return client().operation()
                .onInstance(plan.toUnqualifiedVersionless())
                .named("$ip-summary")
                .withParameters(parameters)
                .useHttpGet()
                .returnResourceType(Bundle.class)
                .execute();
    }

    private static String goalsSection(Bundle summary) {
        return ((Composition) summary.getEntryFirstRep().getResource())
                .getSection().stream()
                        .filter(s -> s.getTitle().equals("Mål"))
                        .findFirst()
                        .orElseThrow()
                        .getText()
                        .getDivAsString();
    }
}
