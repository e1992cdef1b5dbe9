package no.ipfhir.population;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import no.ipfhir.identifier.CheckResult;
import no.ipfhir.identifier.NorwegianIdentifiers;
import no.ipfhir.population.PlanGenerator.GeneratedPlan;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;

class PlanGeneratorTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 12, 2);
    private static final FhirContext FHIR = FhirContext.forR4Cached();

    @Test
    void theSameSeedGivesTheSameBundlesByteForByte() {
        assertThat(encoded(new PlanGenerator(42, AS_OF), 30)).isEqualTo(encoded(new PlanGenerator(42, AS_OF), 30));
    }

    @Test
    void anotherSeedGivesOtherPlans() {
        List<String> first = encoded(new PlanGenerator(42, AS_OF), 5);
        List<String> other = encoded(new PlanGenerator(43, AS_OF), 5);
        for (int i = 0; i < 5; i++) {
            assertThat(other.get(i)).isNotEqualTo(first.get(i));
        }
    }

    @Test
    void everyNorwegianIdentifierHasValidCheckDigitsAndNoPersonNumberRepeats() {
        PlanGenerator generator = new PlanGenerator(7, AS_OF);
        NorwegianIdentifiers identifiers = new NorwegianIdentifiers();
        Set<String> patients = new HashSet<>();
        int checked = 0;
        for (int i = 0; i < 300; i++) {
            GeneratedPlan plan = generator.plan(i);
            assertThat(patients.add(plan.patientNumber())).as("patient %d", i).isTrue();
            for (Bundle.BundleEntryComponent entry : plan.bundle().getEntry()) {
                for (Identifier identifier : identifiersOf(entry.getResource())) {
                    Optional<CheckResult> result = identifiers.check(identifier);
                    if (result.isPresent()) {
                        checked++;
                        assertThat(result.get().isValid())
                                .as(
                                        "%s %s: %s",
                                        identifier.getSystem(),
                                        identifier.getValue(),
                                        result.get().message())
                                .isTrue();
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(2000);
    }

    @Test
    void theCountryHas356MunicipalitiesWithRealFormatNumbersAndOneHealthTrustPerCounty() {
        Country country = new PlanGenerator(1, AS_OF).country();
        assertThat(country.municipalities()).hasSize(356);
        assertThat(country.healthTrusts()).hasSize(15);
        Set<String> numbers = new HashSet<>();
        for (Country.Municipality municipality : country.municipalities()) {
            assertThat(municipality.kommunenummer).matches("(03|11|15|18|3[1-4]|39|40|42|46|50|55|56)[0-9]{2}");
            assertThat(numbers.add(municipality.kommunenummer)).isTrue();
        }
        double capital = country.municipalities().get(0).weight();
        assertThat(capital).isBetween(0.05, 0.25);
    }

    @Test
    void plansHaveOneCurrentKoordinatorTheirServicesGoalsAndTiltak() {
        PlanGenerator generator = new PlanGenerator(11, AS_OF);
        int handovers = 0;
        int patientGoals = 0;
        int goals = 0;
        for (int i = 0; i < 200; i++) {
            GeneratedPlan plan = generator.plan(i);
            CareTeam team = only(plan.bundle(), CareTeam.class);
            List<CareTeam.CareTeamParticipantComponent> coordinators = team.getParticipant().stream()
                    .filter(p ->
                            p.getRoleFirstRep().getCodingFirstRep().getCode().equals("koordinator"))
                    .toList();
            assertThat(coordinators.stream().filter(p -> !p.getPeriod().hasEnd()))
                    .hasSize(1);
            for (int c = 1; c < coordinators.size(); c++) {
                assertThat(coordinators.get(c).getPeriod().getStartElement().getValueAsString())
                        .isEqualTo(LocalDate.parse(coordinators
                                        .get(c - 1)
                                        .getPeriod()
                                        .getEndElement()
                                        .getValueAsString())
                                .plusDays(1)
                                .toString());
                handovers++;
            }
            long services = team.getParticipant().stream()
                    .filter(p -> p.getMember().getReference() != null
                            && entryType(plan.bundle(), p.getMember().getReference())
                                    .equals("PractitionerRole"))
                    .map(p -> p.getMember().getReference())
                    .distinct()
                    .count();
            assertThat(services).as("plan %d", i).isBetween(3L, 8L);
            List<Goal> planGoals = all(plan.bundle(), Goal.class);
            assertThat(planGoals).hasSizeBetween(2, 6);
            String patient = entryOf(plan.bundle(), "Patient").getFullUrl();
            patientGoals += (int) planGoals.stream()
                    .filter(g -> g.getExpressedBy().getReference().equals(patient))
                    .count();
            goals += planGoals.size();
            CarePlan carePlan = only(plan.bundle(), CarePlan.class);
            assertThat(carePlan.getActivity()).hasSizeBetween(3, 10);
            assertThat(carePlan.getSupportingInfoFirstRep().getType()).isEqualTo("Consent");
        }
        assertThat(handovers).isGreaterThan(20);
        assertThat(patientGoals).isBetween(goals / 2, goals - 1);
    }

    private static List<String> encoded(PlanGenerator generator, int count) {
        IParser parser = FHIR.newJsonParser();
        return IntStream.range(0, count)
                .mapToObj(i -> parser.encodeResourceToString(generator.plan(i).bundle()))
                .toList();
    }

    private static List<Identifier> identifiersOf(Resource resource) {
        return FHIR.newTerser().getAllPopulatedChildElementsOfType(resource, Identifier.class);
    }

    private static <T extends Resource> T only(Bundle bundle, Class<T> type) {
        List<T> found = all(bundle, type);
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private static <T extends Resource> List<T> all(Bundle bundle, Class<T> type) {
        return bundle.getEntry().stream()
                .map(Bundle.BundleEntryComponent::getResource)
                .filter(type::isInstance)
                .map(type::cast)
                .toList();
    }

    private static Bundle.BundleEntryComponent entryOf(Bundle bundle, String type) {
        return bundle.getEntry().stream()
                .filter(e -> e.getResource().fhirType().equals(type))
                .findFirst()
                .orElseThrow();
    }

    private static String entryType(Bundle bundle, String fullUrl) {
        return bundle.getEntry().stream()
                .filter(e -> e.getFullUrl().equals(fullUrl))
                .findFirst()
                .map(e -> e.getResource().fhirType())
                .orElse("");
    }
}
