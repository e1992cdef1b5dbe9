package no.ipfhir.server.population;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.ipfhir.population.Country;
import no.ipfhir.population.Loader;
import no.ipfhir.population.PlanGenerator;
import no.ipfhir.population.PlanGenerator.GeneratedPlan;
import no.ipfhir.server.support.FhirIntegrationTest;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.junit.jupiter.api.Test;

/**
 * The synthetic population is valid: its plans load into the server with profiles, the cross-resource
 * rules and access control on, from several clients at once and sharing their organisations and
 * practitioners, without a single refusal; the patient then reads the whole plan, and the
 * municipality's EHR finds exactly its plans due for evaluation.
 */
class GeneratedPopulationIT extends FhirIntegrationTest {

    private static final int PLANS = 20;

    @Test
    void twentyGeneratedPlansLoadWithoutAFailureAndAreReadAsThePatientAndTheEhrSeeThem() throws Exception {
        long seed = System.nanoTime();
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Oslo"));
        PlanGenerator generator = new PlanGenerator(seed, today);
        // New patients' plans are loaded by an integration back end, as in ConcurrentPlanLoadIT.
        String integration =
                issuer().token("system/*.crs").clientId("kommune-integrasjon").sign();

        Loader.Result result = new Loader(URI.create(baseUrl()), () -> integration, 4, false).load(generator, 0, PLANS);

        System.out.println("Generated population (seed " + seed + "): " + result.summary());
        assertThat(result.failures()).as("refused plans").isEmpty();
        assertThat(result.stored()).hasSize(PLANS);

        Loader.Stored first = result.stored().get(0);
        String patient = issuer().token("patient/*.rs")
                .patient(first.patientId())
                .fhirUser("Patient/" + first.patientId())
                .sign();
        Bundle myPlan = search(
                "/CarePlan?patient=" + first.patientId()
                        + "&_include=CarePlan:goal&_include=CarePlan:care-team&_include=CarePlan:activity-reference",
                patient);
        Map<String, Long> types = myPlan.getEntry().stream()
                .map(e -> e.getResource().fhirType())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(types)
                .containsEntry("CarePlan", 1L)
                .containsEntry("Goal", (long) first.plan().goals())
                .containsEntry("CareTeam", 1L)
                .containsEntry("ServiceRequest", (long) first.plan().tiltak());

        LocalDate until = today.plusDays(30);
        Country.Municipality busiest = result.stored().stream()
                .map(Loader.Stored::plan)
                .filter(p -> p.dueForEvaluation(until))
                .collect(Collectors.groupingBy(GeneratedPlan::municipality, Collectors.counting()))
                .entrySet()
                .stream()
                .max(Map.Entry.<Country.Municipality, Long>comparingByValue()
                        .thenComparing(e -> e.getKey().kommunenummer, Comparator.reverseOrder()))
                .orElseThrow()
                .getKey();
        Set<String> expected = result.stored().stream()
                .map(Loader.Stored::plan)
                .filter(p -> p.municipality() == busiest && p.dueForEvaluation(until))
                .map(GeneratedPlan::planIdentifier)
                .collect(Collectors.toSet());
        assertThat(expected).isNotEmpty();
        String ehr = issuer().token("user/*.rs")
                .orgnr(busiest.coordinatingUnit().orgnr)
                .sign();
        Bundle worklist = search("/CarePlan?status=active&next-evaluation=le" + until + "&_count=200", ehr);
        Set<String> found = worklist.getEntry().stream()
                .map(Bundle.BundleEntryComponent::getResource)
                .map(CarePlan.class::cast)
                .map(plan -> plan.getIdentifierFirstRep().getSystem() + "|"
                        + plan.getIdentifierFirstRep().getValue())
                .collect(Collectors.toSet());
        System.out.println("Worklist of " + busiest.name + " kommune: " + found.size() + " plans due of "
                + result.stored().stream()
                        .filter(s -> s.plan().municipality() == busiest)
                        .count());
        assertThat(found).isEqualTo(expected);
    }

    private Bundle search(String query, String token) {
        HttpResponse<String> response = send(requestWith(query, token).header("Accept", "application/fhir+json"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return fhirContext.newJsonParser().parseResource(Bundle.class, response.body());
    }
}
