package no.ipfhir.server.styringsdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import no.ipfhir.server.kernel.IpPackage;
import no.ipfhir.server.styringsdata.Indicators.Span;
import no.ipfhir.server.styringsdata.PersonFacts.Days;
import org.hl7.fhir.r4.model.Measure;
import org.hl7.fhir.r4.model.MeasureReport;
import org.junit.jupiter.api.Test;

/** The indicators' arithmetic and their small-number rules, on rows with known answers. */
class IndicatorsTest {

    private static final Span YEAR_2025 = new Span(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));

    @Test
    void aShareCountsWhatItSaysAndShowsItsCounts() {
        List<PersonFacts> persons = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            // 12 with both municipality and specialist service; 8 with the municipality only
            persons.add(person("Patient/" + i, "3401", i < 12, plan(2024, 3)));
        }
        MeasureReport report = Indicators.evaluate(measure("ip-tverrfaglig-niva"), YEAR_2025, persons);

        MeasureReport.MeasureReportGroupComponent group = report.getGroupFirstRep();
        assertThat(counts(group.getPopulation()))
                .containsEntry("denominator", 20)
                .containsEntry("numerator", 12);
        assertThat(group.getMeasureScore().getValue().doubleValue()).isEqualTo(0.6);
        assertThat(group.getMeasureScore().getUnit()).isEqualTo("1");
    }

    @Test
    void countsFromOneToFourAreMaskedAndSoIsTheScoreThatWouldRevealThem() {
        List<PersonFacts> persons = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            persons.add(person("Patient/" + i, "3401", i < 3, plan(2024, 3)));
        }
        MeasureReport.MeasureReportGroupComponent group = Indicators.evaluate(
                        measure("ip-tverrfaglig-niva"), YEAR_2025, persons)
                .getGroupFirstRep();

        assertThat(counts(group.getPopulation()))
                .containsEntry("denominator", 10)
                .containsEntry("numerator", null);
        assertThat(group.getMeasureScore().hasValue()).isFalse();
        assertThat(group.getMeasureScore().getExtensionByUrl(Indicators.DATA_ABSENT_REASON))
                .isNotNull();
    }

    @Test
    void nearlyAllIsMaskedTooForItRevealsTheFewLeftOut() {
        List<PersonFacts> persons = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            persons.add(person("Patient/" + i, "3401", i < 8, plan(2024, 3)));
        }
        MeasureReport.MeasureReportGroupComponent group = Indicators.evaluate(
                        measure("ip-tverrfaglig-niva"), YEAR_2025, persons)
                .getGroupFirstRep();

        assertThat(counts(group.getPopulation())).containsEntry("numerator", null);
        assertThat(group.getMeasureScore().hasValue()).isFalse();
    }

    @Test
    void oneMaskedStratumTakesTheSmallestOtherWithIt() {
        List<PersonFacts> persons = new ArrayList<>();
        int n = 0;
        for (Map.Entry<String, Integer> municipality :
                Map.of("3401", 9, "3403", 6, "3405", 2).entrySet()) {
            for (int i = 0; i < municipality.getValue(); i++) {
                persons.add(person("Patient/" + n++, municipality.getKey(), true, plan(2024, 3)));
            }
        }
        MeasureReport.MeasureReportGroupComponent group = Indicators.evaluate(
                        measure("ip-aktiv-plan"), YEAR_2025, persons)
                .getGroupFirstRep();

        assertThat(counts(group.getPopulation())).containsEntry("initial-population", 17);
        Map<String, Integer> byMunicipality = new TreeMap<>();
        group.getStratifier().stream()
                .filter(s -> s.getCodeFirstRep().getCodingFirstRep().getCode().equals("kommune"))
                .findFirst()
                .orElseThrow()
                .getStratum()
                .forEach(stratum -> byMunicipality.put(
                        stratum.getValue().getText(),
                        stratum.getPopulationFirstRep().getCountElement().getValue()));
        // 3405 (2) is masked, and 3403 (6) with it: 17 − 9 would otherwise give 3405 away.
        assertThat(byMunicipality)
                .containsEntry("3401", 9)
                .containsEntry("3403", null)
                .containsEntry("3405", null);
    }

    @Test
    void waitingTimesAreTheMedianAndNinetiethPercentileInDays() {
        List<PersonFacts> persons = new ArrayList<>();
        int[] waits = {10, 20, 30, 40, 50, 60, 70, 80, 90, 100};
        for (int i = 0; i < waits.length; i++) {
            LocalDate koordinator = LocalDate.of(2025, 6, 1);
            persons.add(new PersonFacts(
                    "Patient/" + i,
                    "3401",
                    "Testvik",
                    null,
                    LocalDate.of(1980, 1, 1),
                    koordinator.minusDays(waits[i]),
                    "active",
                    koordinator,
                    null,
                    0,
                    0,
                    true,
                    false,
                    false,
                    false,
                    List.of(new Days(koordinator, null)),
                    List.of()));
        }
        MeasureReport report = Indicators.evaluate(measure("ip-tid-til-koordinator"), YEAR_2025, persons);

        assertThat(report.getGroup().get(0).getMeasureScore().getValue().doubleValue())
                .isEqualTo(50);
        assertThat(report.getGroup().get(1).getMeasureScore().getValue().doubleValue())
                .isEqualTo(90);
        // Outside the period, no one is counted and no time is given.
        MeasureReport before = Indicators.evaluate(
                measure("ip-tid-til-koordinator"),
                new Span(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)),
                persons);
        assertThat(before.getGroup().get(0).getMeasureScore().hasValue()).isFalse();
        assertThat(counts(before.getGroup().get(0).getPopulation())).containsEntry("initial-population", 0);
    }

    @Test
    void koordinatorChangesArePerPlanYear() {
        List<PersonFacts> persons = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            List<Days> periods = i < 5
                    ? List.of(
                            new Days(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 3, 31)),
                            new Days(LocalDate.of(2025, 4, 1), null))
                    : List.of(new Days(LocalDate.of(2024, 1, 1), null));
            persons.add(new PersonFacts(
                    "Patient/" + i,
                    "3401",
                    "Testvik",
                    null,
                    LocalDate.of(1980, 1, 1),
                    null,
                    "active",
                    LocalDate.of(2024, 1, 1),
                    null,
                    0,
                    0,
                    true,
                    false,
                    false,
                    false,
                    periods,
                    List.of()));
        }
        MeasureReport.MeasureReportGroupComponent group = Indicators.evaluate(
                        measure("ip-koordinatorbytter"), YEAR_2025, persons)
                .getGroupFirstRep();

        assertThat(counts(group.getPopulation())).containsEntry("numerator", 5).containsEntry("denominator", 10);
        // 5 changes in 10 plan-years (10 × 365 days / 365.25)
        assertThat(group.getMeasureScore().getValue().doubleValue()).isEqualTo(0.5003);
    }

    private static PersonFacts person(String id, String kommune, boolean specialist, LocalDate[] plan) {
        return new PersonFacts(
                id,
                kommune,
                "Testvik",
                specialist ? "Testvik sykehus HF" : null,
                LocalDate.of(1990, 5, 5),
                plan[0].minusDays(30),
                "active",
                plan[0],
                plan[1],
                3,
                2,
                true,
                specialist,
                false,
                false,
                List.of(new Days(plan[0], null)),
                List.of(plan[0].plusMonths(6)));
    }

    private static LocalDate[] plan(int year, int month) {
        return new LocalDate[] {LocalDate.of(year, month, 1), null};
    }

    private static Map<String, Integer> counts(List<MeasureReport.MeasureReportGroupPopulationComponent> populations) {
        Map<String, Integer> counts = new TreeMap<>();
        populations.forEach(p -> counts.put(
                p.getCode().getCodingFirstRep().getCode(), p.getCountElement().hasValue() ? p.getCount() : null));
        return counts;
    }

    private static Measure measure(String id) {
        return IpPackage.resources(Measure.class).stream()
                .filter(measure -> measure.getIdElement().getIdPart().equals(id))
                .findFirst()
                .orElseThrow();
    }
}
