package no.ipfhir.server.styringsdata;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import no.ipfhir.server.kernel.IpCodes;
import no.ipfhir.server.styringsdata.PersonFacts.Days;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Measure;
import org.hl7.fhir.r4.model.MeasureReport;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Quantity;

/**
 * Computes the indicators (the Measures of the guide) over the projection's rows for a reporting period, as
 * summary MeasureReports, and keeps small numbers out of them: a count from 1 to 4 is never shown (it carries
 * data-absent-reason {@code masked} instead), nor is a share, time or rate that would reveal one, nor the
 * complement of a share (98 of 100 would reveal the 2); where a stratifier would show exactly one masked
 * stratum, the smallest other one is masked too, so that no stratum can be found by subtraction.
 */
public final class Indicators {

    /** Counts below this, and above zero, are not shown. */
    public static final int SMALLEST_SHOWN = 5;

    public static final String DATA_ABSENT_REASON = "http://hl7.org/fhir/StructureDefinition/data-absent-reason";
    public static final String POPULATION_SYSTEM = "http://terminology.hl7.org/CodeSystem/measure-population";
    public static final String STRATIFIER_SYSTEM = IpCodes.STYRINGSDATA_SYSTEM;

    private static final String INITIAL = "initial-population";
    private static final String DENOMINATOR = "denominator";
    private static final String NUMERATOR = "numerator";
    private static final String MEASURE_POPULATION = "measure-population";
    private static final String OBSERVATION = "measure-observation";
    private static final double DAYS_PER_YEAR = 365.25;

    /** The reporting period, first and last day included. */
    public record Span(LocalDate first, LocalDate last) {
        boolean contains(LocalDate day) {
            return day != null && !day.isBefore(first) && !day.isAfter(last);
        }

        boolean overlaps(LocalDate from, LocalDate until) {
            return from != null && !from.isAfter(last) && (until == null || !until.isBefore(first));
        }

        /** Days of [from, until] inside the period. */
        long daysOf(LocalDate from, LocalDate until) {
            LocalDate start = from.isBefore(first) ? first : from;
            LocalDate end = until == null || until.isAfter(last) ? last : until;
            return end.isBefore(start) ? 0 : ChronoUnit.DAYS.between(start, end) + 1;
        }
    }

    /** What a stratum adds up to. */
    private static final class Tally {
        long initial;
        long denominator;
        long numerator;
        long planDays;
        List<Long> observations;
        boolean touched;

        void add(String population, long n) {
            touched = true;
            switch (population) {
                case INITIAL -> initial += n;
                case DENOMINATOR -> denominator += n;
                case NUMERATOR -> numerator += n;
                default -> throw new IllegalArgumentException(population);
            }
        }

        long count(String population) {
            return switch (population) {
                case INITIAL -> initial;
                case DENOMINATOR -> denominator;
                case NUMERATOR -> numerator;
                default -> 0;
            };
        }

        void observe(long value) {
            touched = true;
            if (observations == null) {
                observations = new ArrayList<>();
            }
            observations.add(value);
        }

        List<Long> observations() {
            return observations == null ? List.of() : observations;
        }

        void mergeInto(Tally into) {
            into.touched |= touched;
            into.initial += initial;
            into.denominator += denominator;
            into.numerator += numerator;
            into.planDays += planDays;
            if (observations != null) {
                observations.forEach(into::observe);
            }
        }

        void reset() {
            initial = denominator = numerator = planDays = 0;
            observations = null;
            touched = false;
        }
    }

    /** How one person adds to a tally, per indicator. */
    @FunctionalInterface
    private interface Contribution {
        void add(PersonFacts person, Span period, Tally tally);
    }

    private static final Map<String, Contribution> CONTRIBUTIONS = Map.of(
            "ip-aktiv-plan",
            (p, span, t) -> {
                if (activeIn(p, span)) {
                    t.add(INITIAL, 1);
                }
            },
            "ip-koordinator-uten-plan",
            (p, span, t) -> {
                if (!activeIn(p, span)
                        && p.koordinatorPeriods().stream().anyMatch(k -> span.overlaps(k.first(), k.last()))) {
                    t.add(INITIAL, 1);
                }
            },
            "ip-tid-til-koordinator",
            (p, span, t) -> {
                LocalDate first = p.koordinatorPeriods().isEmpty()
                        ? null
                        : p.koordinatorPeriods().get(0).first();
                if (p.needReported() != null && span.contains(first)) {
                    waited(t, p.needReported(), first);
                }
            },
            "ip-tid-til-plan",
            (p, span, t) -> {
                if (p.needReported() != null && p.hasPlan() && span.contains(p.planStart())) {
                    waited(t, p.needReported(), p.planStart());
                }
            },
            "ip-evaluert-siste-12-mnd",
            (p, span, t) -> {
                if (p.hasPlan()
                        && !p.planStart().isAfter(span.last())
                        && (p.planEnd() == null || !p.planEnd().isBefore(span.last()))) {
                    t.add(INITIAL, 1);
                    t.add(DENOMINATOR, 1);
                    LocalDate from = span.last().minusMonths(12);
                    if (p.evaluationDays().stream().anyMatch(day -> day.isAfter(from) && !day.isAfter(span.last()))) {
                        t.add(NUMERATOR, 1);
                    }
                }
            },
            "ip-mal-fra-pasienten",
            (p, span, t) -> {
                if (activeIn(p, span)) {
                    t.add(INITIAL, p.goals());
                    t.add(DENOMINATOR, p.goals());
                    t.add(NUMERATOR, p.goalsByPatient());
                }
            },
            "ip-tverrfaglig-niva",
            share(p -> p.kommune() && p.specialist()),
            "ip-nav-skole-ppt",
            share(PersonFacts::navSkolePpt),
            "ip-parorende-samtykke",
            share(PersonFacts::relativesByConsent),
            "ip-koordinatorbytter",
            (p, span, t) -> {
                if (activeIn(p, span)) {
                    t.add(INITIAL, 1);
                    t.add(DENOMINATOR, 1);
                    t.planDays += span.daysOf(p.planStart(), p.planEnd());
                    List<Days> periods = p.koordinatorPeriods();
                    t.add(
                            NUMERATOR,
                            periods.stream()
                                    .skip(1)
                                    .filter(k -> span.contains(k.first()))
                                    .count());
                }
            });

    private record Stratifier(String code, Function<PersonFacts, Coding> value) {}

    private Indicators() {}

    /** Whether this module computes the Measure with this id. */
    public static boolean computes(String measureId) {
        return CONTRIBUTIONS.containsKey(measureId);
    }

    /** The summary report of one Measure over these persons' rows. */
    public static MeasureReport evaluate(Measure measure, Span period, List<PersonFacts> persons) {
        return evaluate(List.of(measure), period, persons).get(0);
    }

    /** The summary reports of these Measures over the same rows; each person's strata are found once. */
    public static List<MeasureReport> evaluate(List<Measure> measures, Span period, List<PersonFacts> persons) {
        List<Stratifier> stratifiers = List.of(
                new Stratifier(
                        "kommune",
                        p -> p.kommunenummer() == null
                                ? null
                                : new Coding(IpCodes.KOMMUNENUMMER, p.kommunenummer(), p.kommunenavn())),
                new Stratifier(
                        "helseforetak",
                        p -> p.helseforetak() == null ? null : new Coding(null, null, p.helseforetak())),
                new Stratifier("aldersgruppe", p -> ageGroup(p, period)));
        // A coded value (kommunenummer) is the stratum, whatever name a row gives it. Each person's stratum is
        // found once, as an index into the stratifier's distinct values.
        Map<String, Coding> values = new LinkedHashMap<>();
        List<List<String>> distinct = new ArrayList<>();
        List<Map<String, Integer>> positions = new ArrayList<>();
        int[][] strata = new int[persons.size()][stratifiers.size()];
        for (int s = 0; s < stratifiers.size(); s++) {
            distinct.add(new ArrayList<>());
            positions.add(new java.util.HashMap<>());
        }
        for (int i = 0; i < persons.size(); i++) {
            for (int s = 0; s < stratifiers.size(); s++) {
                Coding value = stratifiers.get(s).value().apply(persons.get(i));
                if (value == null) {
                    strata[i][s] = -1;
                    continue;
                }
                String key = stratifiers.get(s).code() + "|" + (value.hasCode() ? value.getCode() : value.getDisplay());
                values.putIfAbsent(key, value);
                List<String> keys = distinct.get(s);
                strata[i][s] = positions.get(s).computeIfAbsent(key, k -> {
                    keys.add(k);
                    return keys.size() - 1;
                });
            }
        }
        // The indicators are independent of each other: computed side by side.
        return measures.parallelStream()
                .map(measure -> evaluate(measure, period, persons, stratifiers, strata, distinct, values))
                .toList();
    }

    private static MeasureReport evaluate(
            Measure measure,
            Span period,
            List<PersonFacts> persons,
            List<Stratifier> stratifiers,
            int[][] strataOfPersons,
            List<List<String>> distinct,
            Map<String, Coding> values) {
        Contribution contribution = CONTRIBUTIONS.get(measure.getIdElement().getIdPart());
        if (contribution == null) {
            throw new IllegalArgumentException("No computation for Measure " + measure.getIdElement());
        }
        Tally total = new Tally();
        Tally[][] strata = new Tally[stratifiers.size()][];
        for (int s = 0; s < stratifiers.size(); s++) {
            strata[s] = new Tally[distinct.get(s).size()];
        }
        Tally own = new Tally();
        for (int i = 0; i < persons.size(); i++) {
            own.reset();
            contribution.add(persons.get(i), period, own);
            if (!own.touched) {
                continue;
            }
            own.mergeInto(total);
            for (int s = 0; s < stratifiers.size(); s++) {
                int stratum = strataOfPersons[i][s];
                if (stratum >= 0) {
                    if (strata[s][stratum] == null) {
                        strata[s][stratum] = new Tally();
                    }
                    own.mergeInto(strata[s][stratum]);
                }
            }
        }

        MeasureReport report = new MeasureReport();
        report.setStatus(MeasureReport.MeasureReportStatus.COMPLETE);
        report.setType(MeasureReport.MeasureReportType.SUMMARY);
        report.setMeasure(measure.getUrl());
        report.setDate(new Date());
        report.setPeriod(new Period()
                .setStartElement(new DateTimeType(period.first().toString()))
                .setEndElement(new DateTimeType(period.last().toString())));
        if (measure.hasImprovementNotation()) {
            report.setImprovementNotation(measure.getImprovementNotation());
        }
        String scoring = measure.getScoring().getCodingFirstRep().getCode();
        for (Measure.MeasureGroupComponent definition : measure.getGroup()) {
            MeasureReport.MeasureReportGroupComponent group = report.addGroup();
            if (definition.hasCode()) {
                group.setCode(definition.getCode());
            }
            String groupCode = definition.getCode().getCodingFirstRep().getCode();
            List<String> populations = definition.getPopulation().stream()
                    .map(p -> p.getCode().getCodingFirstRep().getCode())
                    .toList();
            Figures figures = figures(total, populations, scoring, groupCode);
            for (String population : populations) {
                figures.writeCount(
                        population,
                        group.addPopulation().setCode(code(population)).getCountElement());
            }
            group.setMeasureScore(score(figures));
            for (int s = 0; s < stratifiers.size(); s++) {
                MeasureReport.MeasureReportGroupStratifierComponent stratifier = group.addStratifier();
                stratifier.addCode(new CodeableConcept(
                        new Coding(STRATIFIER_SYSTEM, stratifiers.get(s).code(), null)));
                List<Map.Entry<String, Figures>> rows = new ArrayList<>();
                for (int j = 0; j < strata[s].length; j++) {
                    if (strata[s][j] != null) {
                        rows.add(Map.entry(
                                distinct.get(s).get(j), figures(strata[s][j], populations, scoring, groupCode)));
                    }
                }
                rows.sort(Map.Entry.comparingByKey());
                maskTheNextSmallest(rows.stream().map(Map.Entry::getValue).toList(), populations);
                for (Map.Entry<String, Figures> row : rows) {
                    Coding value = values.get(row.getKey());
                    MeasureReport.StratifierGroupComponent stratum = stratifier.addStratum();
                    CodeableConcept text =
                            new CodeableConcept().setText(value.hasCode() ? value.getCode() : value.getDisplay());
                    if (value.hasCode()) {
                        // a copy: one element belongs to one place in one report
                        text.addCoding(value.copy());
                    }
                    stratum.setValue(text);
                    stratum.setMeasureScore(score(row.getValue()));
                    for (String population : populations) {
                        row.getValue()
                                .writeCount(
                                        population,
                                        stratum.addPopulation()
                                                .setCode(code(population))
                                                .getCountElement());
                    }
                }
            }
        }
        return report;
    }

    /** Counts and score of a tally, with what must not be shown marked. */
    private static final class Figures {
        final Map<String, Long> counts = new LinkedHashMap<>();
        final Map<String, Boolean> masked = new LinkedHashMap<>();
        Double score;
        String unit;
        boolean scoreMasked;

        boolean anyMasked() {
            return masked.containsValue(Boolean.TRUE);
        }

        void mask(String population) {
            masked.put(population, true);
            scoreMasked = score != null;
        }

        void writeCount(String population, org.hl7.fhir.r4.model.IntegerType count) {
            if (Boolean.TRUE.equals(masked.get(population))) {
                count.addExtension(masked());
            } else {
                count.setValue(Math.toIntExact(counts.getOrDefault(population, 0L)));
            }
        }
    }

    private static Figures figures(Tally tally, List<String> populations, String scoring, String groupCode) {
        Figures figures = new Figures();
        for (String population : populations) {
            long n = OBSERVATION.equals(population) || MEASURE_POPULATION.equals(population)
                    ? tally.observations().size()
                    : tally.count(population);
            figures.counts.put(population, n);
            figures.masked.put(population, small(n));
        }
        long denominator = tally.count(DENOMINATOR);
        long numerator = tally.count(NUMERATOR);
        switch (scoring) {
            case "cohort" -> {
                figures.unit = "{persons}";
                figures.score = (double) tally.count(INITIAL);
            }
            case "proportion" -> {
                figures.unit = "1";
                if (small(denominator - numerator) && populations.contains(NUMERATOR)) {
                    figures.masked.put(NUMERATOR, true);
                }
                figures.score = denominator == 0 ? null : (double) numerator / denominator;
            }
            case "ratio" -> {
                figures.unit = "/a";
                figures.score = tally.planDays == 0 ? null : numerator / (tally.planDays / DAYS_PER_YEAR);
            }
            case "continuous-variable" -> {
                figures.unit = "d";
                figures.score = percentile(tally.observations(), "p90".equals(groupCode) ? 0.9 : 0.5);
            }
            default -> throw new IllegalArgumentException("Unknown scoring " + scoring);
        }
        figures.scoreMasked = figures.score != null && figures.anyMasked();
        return figures;
    }

    /** The score as a Quantity, with data-absent-reason masked where it must not be shown; null without one. */
    private static Quantity score(Figures figures) {
        if (!figures.scoreMasked && figures.score == null) {
            return null;
        }
        Quantity quantity = new Quantity()
                .setUnit(figures.unit)
                .setSystem("http://unitsofmeasure.org")
                .setCode(figures.unit);
        if (figures.scoreMasked) {
            quantity.addExtension(masked());
        } else {
            quantity.setValue(Math.round(figures.score * 10_000) / 10_000.0);
        }
        return quantity;
    }

    private static Extension masked() {
        return new Extension(DATA_ABSENT_REASON, new CodeType("masked"));
    }

    /**
     * Where exactly one stratum of a stratifier is masked, the group's total and the others would give it away:
     * mask the smallest other stratum that has any, too.
     */
    private static void maskTheNextSmallest(List<Figures> strata, List<String> populations) {
        for (String population : populations) {
            List<Figures> masked = strata.stream()
                    .filter(f -> Boolean.TRUE.equals(f.masked.get(population)))
                    .toList();
            if (masked.size() != 1) {
                continue;
            }
            strata.stream()
                    .filter(f -> !Boolean.TRUE.equals(f.masked.get(population)) && f.counts.get(population) > 0)
                    .min(Comparator.comparingLong((Figures f) -> f.counts.get(population)))
                    .ifPresent(f -> f.mask(population));
        }
    }

    private static Contribution share(java.util.function.Predicate<PersonFacts> numerator) {
        return (p, span, t) -> {
            if (activeIn(p, span)) {
                t.add(INITIAL, 1);
                t.add(DENOMINATOR, 1);
                if (numerator.test(p)) {
                    t.add(NUMERATOR, 1);
                }
            }
        };
    }

    /** An individual plan (not a draft) whose period overlaps the reporting period. */
    private static boolean activeIn(PersonFacts person, Span period) {
        return person.hasPlan() && period.overlaps(person.planStart(), person.planEnd());
    }

    private static void waited(Tally tally, LocalDate reported, LocalDate until) {
        long days = Math.max(0, ChronoUnit.DAYS.between(reported, until));
        tally.add(INITIAL, 1);
        tally.observe(days);
    }

    private static Coding ageGroup(PersonFacts person, Span period) {
        if (person.birthDate() == null) {
            return null;
        }
        long age = ChronoUnit.YEARS.between(person.birthDate(), period.last());
        String group = age < 18 ? "0-17" : age < 67 ? "18-66" : "67+";
        return new Coding(null, null, group);
    }

    private static boolean small(long n) {
        return n > 0 && n < SMALLEST_SHOWN;
    }

    /** The nearest-rank percentile, in whole days; null without observations. */
    static Double percentile(List<Long> observations, double rank) {
        if (observations.isEmpty()) {
            return null;
        }
        List<Long> sorted = new ArrayList<>(observations);
        Collections.sort(sorted);
        int index = (int) Math.ceil(rank * sorted.size()) - 1;
        return (double) sorted.get(Math.max(0, index));
    }

    private static CodeableConcept code(String population) {
        return new CodeableConcept(new Coding(POPULATION_SYSTEM, population, null));
    }
}
