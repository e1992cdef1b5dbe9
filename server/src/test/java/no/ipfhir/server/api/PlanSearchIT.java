package no.ipfhir.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.gclient.StringClientParam;
import java.util.List;
import no.ipfhir.server.support.ExamplePlans;
import no.ipfhir.server.support.FhirIntegrationTest;
import no.ipfhir.server.support.StoredPlan;
import no.ipfhir.server.support.SyntheticIds;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.Narrative;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The searches an EHR uses to fetch a plan with its parts. */
class PlanSearchIT extends FhirIntegrationTest {

    private IGenericClient client;
    private StoredPlan plan;

    @BeforeEach
    void storeOnePlan() {
        client = client();
        plan = StoredPlan.store(fhirContext, client, ExamplePlans.STROKE_REHABILITATION);
    }

    @Test
    void planSearchIncludesItsGoalsAndCareTeam() {
        Bundle result = client.search()
                .byUrl("CarePlan?patient=" + plan.patientId() + "&_include=CarePlan:goal&_include=CarePlan:care-team")
                .returnBundle(Bundle.class)
                .execute();

        assertThat(idsByMode(result, Bundle.SearchEntryMode.MATCH)).containsExactly(plan.id("CarePlan"));
        assertThat(idsByMode(result, Bundle.SearchEntryMode.INCLUDE))
                .containsExactlyInAnyOrderElementsOf(concat(plan.ids("Goal"), plan.ids("CareTeam")));
    }

    @Test
    void patientSearchRevincludesThePlansAndGoalsAboutThePatient() {
        Bundle result = client.search()
                .byUrl("Patient?_id=" + plan.patientId() + "&_revinclude=CarePlan:subject&_revinclude=Goal:subject")
                .returnBundle(Bundle.class)
                .execute();

        assertThat(idsByMode(result, Bundle.SearchEntryMode.MATCH)).containsExactly(plan.patientId());
        assertThat(idsByMode(result, Bundle.SearchEntryMode.INCLUDE))
                .containsExactlyInAnyOrderElementsOf(concat(plan.ids("CarePlan"), plan.ids("Goal")));
    }

    @Test
    void planIsFoundThroughAChainOnThePatientsFodselsnummer() {
        Bundle result = client.search()
                .byUrl("CarePlan?subject:Patient.identifier=" + SyntheticIds.FNR_SYSTEM + "|" + plan.patientNumber())
                .returnBundle(Bundle.class)
                .execute();

        assertThat(idsByMode(result, Bundle.SearchEntryMode.MATCH)).containsExactly(plan.id("CarePlan"));
    }

    @Test
    void goalIsFoundByAWordInItsDescription() {
        String word = "sjakkturnering" + SyntheticIds.digits(8);
        Goal goal = plan.read(Goal.class, plan.id("Goal"));
        goal.getDescription().setText("Jeg vil delta i en " + word + " på biblioteket");
        client.update().resource(goal).execute();

        Bundle result = client.search()
                .forResource(Goal.class)
                .where(new StringClientParam("_content").matches().value(word))
                .returnBundle(Bundle.class)
                .execute();

        assertThat(idsByMode(result, Bundle.SearchEntryMode.MATCH)).containsExactly(plan.id("Goal"));
    }

    @Test
    void planIsFoundByAWordInItsNarrative() {
        String word = "rehabiliteringsopphold" + SyntheticIds.digits(8);
        CarePlan carePlan = plan.read(CarePlan.class, plan.id("CarePlan"));
        carePlan.getText()
                .setStatus(Narrative.NarrativeStatus.ADDITIONAL)
                .setDivAsString("<div xmlns=\"http://www.w3.org/1999/xhtml\">Plan etter " + word + "</div>");
        client.update().resource(carePlan).execute();

        Bundle result = client.search()
                .byUrl("CarePlan?_text=" + word)
                .returnBundle(Bundle.class)
                .execute();

        assertThat(idsByMode(result, Bundle.SearchEntryMode.MATCH)).containsExactly(plan.id("CarePlan"));
    }

    private static List<String> idsByMode(Bundle bundle, Bundle.SearchEntryMode mode) {
        return bundle.getEntry().stream()
                .filter(e -> e.getSearch().getMode() == mode)
                .map(Bundle.BundleEntryComponent::getResource)
                .map(Resource::getIdElement)
                .map(id -> id.toUnqualifiedVersionless().getValue())
                .toList();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
