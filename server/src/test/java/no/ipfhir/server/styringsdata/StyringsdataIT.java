package no.ipfhir.server.styringsdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import no.ipfhir.population.PlanGenerator;
import no.ipfhir.population.PlanGenerator.GeneratedPlan;
import no.ipfhir.server.kernel.IpCodes;
import no.ipfhir.server.support.FhirIntegrationTest;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.MeasureReport;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The styringsdata over real HTTP: generated plans are loaded into a kommunenummer no other test uses, and
 * {@code Measure/$evaluate-measure} for that municipality answers exactly what the plans hold — counted here
 * from the Bundles that were sent — with every count from 1 to 4 masked. A leader's token ({@code
 * user/Measure.rs}) reaches the aggregates and nothing else; a patient's token does not reach them; every
 * evaluation is in the audit trail.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StyringsdataIT extends FhirIntegrationTest {

    private static final int PLANS = 24;
    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private final LocalDate today = LocalDate.now(OSLO);
    private final String kommunenummer = "9" + ThreadLocalRandom.current().nextInt(100, 1000);
    private final List<GeneratedPlan> plans = new ArrayList<>();
    private String leader;

    @BeforeAll
    void loadPlansIntoAMunicipalityOfTheirOwn() {
        PlanGenerator generator = new PlanGenerator(System.nanoTime(), today);
        String integration =
                issuer().token("system/*.crs").clientId("kommune-integrasjon").sign();
        for (int i = 0; i < PLANS; i++) {
            GeneratedPlan plan = generator.plan(i);
            for (Bundle.BundleEntryComponent entry : plan.bundle().getEntry()) {
                if (entry.getResource() instanceof Organization organization) {
                    organization.getIdentifier().stream()
                            .filter(id -> IpCodes.KOMMUNENUMMER.equals(id.getSystem()))
                            .forEach(id -> id.setValue(kommunenummer));
                }
            }
            HttpResponse<String> stored = send(requestWith("", integration)
                    .header("Content-Type", "application/fhir+json")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                            fhirContext.newJsonParser().encodeResourceToString(plan.bundle()))));
            assertThat(stored.statusCode()).as(stored.body()).isEqualTo(200);
            plans.add(plan);
        }
        leader = issuer().token("user/Measure.rs").orgnr("991000070").sign();
    }

    @Test
    void everyIndicatorOfTheMunicipalityIsWhatItsPlansHold() {
        Map<String, MeasureReport> reports = evaluateAll(leader, "2000-01-01", today.toString());

        assertThat(reports)
                .containsOnlyKeys(
                        "ip-aktiv-plan",
                        "ip-koordinator-uten-plan",
                        "ip-tid-til-koordinator",
                        "ip-tid-til-plan",
                        "ip-evaluert-siste-12-mnd",
                        "ip-mal-fra-pasienten",
                        "ip-tverrfaglig-niva",
                        "ip-nav-skole-ppt",
                        "ip-parorende-samtykke",
                        "ip-koordinatorbytter");

        List<GeneratedPlan> active =
                plans.stream().filter(p -> "active".equals(p.status())).toList();
        long drafts = plans.size() - active.size();
        assertCount(reports.get("ip-aktiv-plan").getGroupFirstRep(), "initial-population", active.size());
        // A draft plan's person has a koordinator all the same.
        assertCount(reports.get("ip-koordinator-uten-plan").getGroupFirstRep(), "initial-population", drafts);

        long goals = 0;
        long ownGoals = 0;
        long handovers = 0;
        long evaluated = 0;
        for (GeneratedPlan plan : active) {
            String patient = fullUrl(plan, Patient.class);
            for (Goal goal : plan.resources(Goal.class)) {
                goals++;
                if (goal.getExpressedBy().getReference().equals(patient)) {
                    ownGoals++;
                }
            }
            handovers += Math.max(0, koordinatorStarts(plan).size() - 1);
            LocalDate yearAgo = today.minusMonths(12);
            if (plan.resources(Observation.class).stream()
                    .map(o -> o.getEffectiveDateTimeType()
                            .getValue()
                            .toInstant()
                            .atZone(OSLO)
                            .toLocalDate())
                    .anyMatch(day -> day.isAfter(yearAgo) && !day.isAfter(today))) {
                evaluated++;
            }
        }
        MeasureReport.MeasureReportGroupComponent goalShare =
                reports.get("ip-mal-fra-pasienten").getGroupFirstRep();
        assertCount(goalShare, "denominator", goals);
        assertCount(goalShare, "numerator", ownGoals);
        assertCount(reports.get("ip-koordinatorbytter").getGroupFirstRep(), "numerator", handovers);
        assertCount(reports.get("ip-evaluert-siste-12-mnd").getGroupFirstRep(), "denominator", active.size());
        assertCount(reports.get("ip-evaluert-siste-12-mnd").getGroupFirstRep(), "numerator", evaluated);

        // Waiting time from the reported need to the first koordinator: median and 90th percentile in days.
        List<Long> waits = new ArrayList<>();
        for (GeneratedPlan plan : plans) {
            LocalDate reported = LocalDate.parse(plan.resources(EpisodeOfCare.class)
                    .get(0)
                    .getPeriod()
                    .getStartElement()
                    .getValueAsString());
            waits.add(ChronoUnit.DAYS.between(reported, Collections.min(koordinatorStarts(plan))));
        }
        MeasureReport wait = reports.get("ip-tid-til-koordinator");
        assertThat(wait.getGroup().get(0).getMeasureScore().getValue().doubleValue())
                .isEqualTo(nearestRank(waits, 0.5));
        assertThat(wait.getGroup().get(1).getMeasureScore().getValue().doubleValue())
                .isEqualTo(nearestRank(waits, 0.9));
        assertThat(wait.getGroup().get(0).getMeasureScore().getUnit()).isEqualTo("d");

        // By age group: exact where five or more, masked from one to four, and never one masked alone.
        Map<String, Long> byAge = new TreeMap<>();
        for (GeneratedPlan plan : active) {
            LocalDate born = LocalDate.parse(
                    plan.resources(Patient.class).get(0).getBirthDateElement().getValueAsString());
            long age = ChronoUnit.YEARS.between(born, today);
            byAge.merge(age < 18 ? "0-17" : age < 67 ? "18-66" : "67+", 1L, Long::sum);
        }
        Map<String, Optional<Integer>> expected = masked(byAge);
        MeasureReport.MeasureReportGroupStratifierComponent ages =
                stratifier(reports.get("ip-aktiv-plan").getGroupFirstRep(), "aldersgruppe");
        Map<String, Optional<Integer>> shown = new TreeMap<>();
        for (MeasureReport.StratifierGroupComponent stratum : ages.getStratum()) {
            var count = stratum.getPopulationFirstRep().getCountElement();
            shown.put(
                    stratum.getValue().getText(), count.hasValue() ? Optional.of(count.getValue()) : Optional.empty());
            if (!count.hasValue()) {
                assertThat(count.getExtensionByUrl(Indicators.DATA_ABSENT_REASON))
                        .isNotNull();
            }
        }
        assertThat(shown).isEqualTo(expected);

        // One stratum for the municipality, named by its kommunenummer.
        MeasureReport.MeasureReportGroupStratifierComponent municipalities =
                stratifier(reports.get("ip-aktiv-plan").getGroupFirstRep(), "kommune");
        assertThat(municipalities.getStratum())
                .singleElement()
                .satisfies(stratum -> assertThat(stratum.getValue().getText()).isEqualTo(kommunenummer));
    }

    @Test
    void aFewPersonsAreNeverShownAsANumber() {
        // The same municipality, a period in which only the plans that started in its last days count.
        List<LocalDate> starts = plans.stream()
                .filter(p -> "active".equals(p.status()))
                .map(p ->
                        koordinatorStarts(p).stream().min(LocalDate::compareTo).orElseThrow())
                .sorted()
                .toList();
        LocalDate from = starts.get(starts.size() - 3);
        Map<String, MeasureReport> reports = evaluateAll(leader, from.toString(), today.toString());
        MeasureReport.MeasureReportGroupComponent wait =
                reports.get("ip-tid-til-koordinator").getGroup().get(0);
        long counted = plans.stream()
                .map(p ->
                        koordinatorStarts(p).stream().min(LocalDate::compareTo).orElseThrow())
                .filter(day -> !day.isBefore(from))
                .count();
        assertThat(counted).isBetween(3L, 4L + PLANS);
        var population = wait.getPopulationFirstRep().getCountElement();
        if (counted < Indicators.SMALLEST_SHOWN) {
            assertThat(population.hasValue())
                    .as("%d persons are masked", counted)
                    .isFalse();
            assertThat(population
                            .getExtensionByUrl(Indicators.DATA_ABSENT_REASON)
                            .getValue()
                            .primitiveValue())
                    .isEqualTo("masked");
            assertThat(wait.getMeasureScore().hasValue())
                    .as("no median of a masked count")
                    .isFalse();
        } else {
            assertThat(population.getValue()).isEqualTo((int) counted);
        }
    }

    @Test
    void aLeaderReachesTheAggregatesAndNothingElseAndEveryEvaluationIsAudited() throws Exception {
        HttpResponse<String> patients = send(requestWith("/Patient?_count=1", leader));
        assertThat(patients.statusCode()).as(patients.body()).isEqualTo(403);
        HttpResponse<String> measures = send(requestWith("/Measure?_count=50", leader));
        assertThat(measures.statusCode()).as(measures.body()).isEqualTo(200);
        assertThat(fhirContext
                        .newJsonParser()
                        .parseResource(Bundle.class, measures.body())
                        .getEntry())
                .hasSizeGreaterThanOrEqualTo(10);

        String patient = issuer().token("patient/*.rs")
                .patient("1")
                .fhirUser("Patient/1")
                .sign();
        HttpResponse<String> refused = send(requestWith(
                "/Measure/$evaluate-measure?periodStart=2025&periodEnd=2025&municipality=" + kommunenummer, patient));
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
        assertThat(refused.body()).contains("OperationOutcome");

        HttpResponse<String> badPeriod = send(requestWith(
                "/Measure/ip-aktiv-plan/$evaluate-measure?periodStart=2026-02-01&periodEnd=2026-01-01", leader));
        assertThat(badPeriod.statusCode()).isEqualTo(400);
        assertThat(badPeriod.body()).contains("OperationOutcome", "periodEnd");
        HttpResponse<String> perPerson = send(requestWith(
                "/Measure/ip-aktiv-plan/$evaluate-measure?periodStart=2026&periodEnd=2026&reportType=subject-list",
                leader));
        assertThat(perPerson.statusCode()).isEqualTo(400);
        assertThat(perPerson.body()).contains("summary");

        String marker = "periodStart=2001-01-01&periodEnd=2001-12-31&municipality=" + kommunenummer;
        HttpResponse<String> one = send(requestWith("/Measure/ip-aktiv-plan/$evaluate-measure?" + marker, leader));
        assertThat(one.statusCode()).as(one.body()).isEqualTo(200);
        assertThat(fhirContext
                        .newJsonParser()
                        .parseResource(MeasureReport.class, one.body())
                        .getMeasure())
                .isEqualTo("https://ip-fhir.org/fhir/Measure/ip-aktiv-plan");

        String admin = issuer().token("system/*.rs").clientId(ADMIN_CLIENT).sign();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        Optional<AuditEvent> audited = Optional.empty();
        while (audited.isEmpty() && Instant.now().isBefore(deadline)) {
            HttpResponse<String> trail = send(requestWith("/AuditEvent?_sort=-date&_count=100", admin));
            assertThat(trail.statusCode()).as(trail.body()).isEqualTo(200);
            audited = fhirContext.newJsonParser().parseResource(Bundle.class, trail.body()).getEntry().stream()
                    .map(e -> (AuditEvent) e.getResource())
                    .filter(e -> e.getEntity().stream()
                            .anyMatch(entity -> entity.hasQuery() && new String(entity.getQuery()).contains(marker)))
                    .findFirst();
            if (audited.isEmpty()) {
                Thread.sleep(500);
            }
        }
        assertThat(audited).as("the evaluation is in the audit trail").isPresent();
    }

    private Map<String, MeasureReport> evaluateAll(String token, String start, String end) {
        HttpResponse<String> response = send(requestWith(
                "/Measure/$evaluate-measure?periodStart=" + start + "&periodEnd=" + end + "&reportType=summary"
                        + "&municipality=" + kommunenummer,
                token));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        Bundle bundle = fhirContext.newJsonParser().parseResource(Bundle.class, response.body());
        Map<String, MeasureReport> reports = new TreeMap<>();
        for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
            MeasureReport report = (MeasureReport) entry.getResource();
            reports.put(report.getMeasure().substring(report.getMeasure().lastIndexOf('/') + 1), report);
        }
        return reports;
    }

    /** What the report must show for these counts: the small ones masked, and one more if one alone would be. */
    private static Map<String, Optional<Integer>> masked(Map<String, Long> counts) {
        Map<String, Optional<Integer>> shown = new TreeMap<>();
        counts.forEach(
                (k, n) -> shown.put(k, n < Indicators.SMALLEST_SHOWN ? Optional.empty() : Optional.of(n.intValue())));
        if (shown.values().stream().filter(Optional::isEmpty).count() == 1) {
            counts.entrySet().stream()
                    .filter(e -> shown.get(e.getKey()).isPresent())
                    .min(Map.Entry.comparingByValue())
                    .ifPresent(e -> shown.put(e.getKey(), Optional.empty()));
        }
        return shown;
    }

    private static void assertCount(MeasureReport.MeasureReportGroupComponent group, String population, long expected) {
        var count = group.getPopulation().stream()
                .filter(p -> p.getCode().getCodingFirstRep().getCode().equals(population))
                .findFirst()
                .orElseThrow()
                .getCountElement();
        if (expected > 0 && expected < Indicators.SMALLEST_SHOWN) {
            assertThat(count.hasValue())
                    .as("%s of %d is masked", population, expected)
                    .isFalse();
        } else if (count.hasValue()) {
            assertThat(count.getValue()).as(population).isEqualTo((int) expected);
        } else {
            // masked because its complement is small (a share of nearly all)
            assertThat(count.getExtensionByUrl(Indicators.DATA_ABSENT_REASON))
                    .as(population)
                    .isNotNull();
        }
    }

    private static MeasureReport.MeasureReportGroupStratifierComponent stratifier(
            MeasureReport.MeasureReportGroupComponent group, String code) {
        return group.getStratifier().stream()
                .filter(s -> s.getCodeFirstRep().getCodingFirstRep().getCode().equals(code))
                .findFirst()
                .orElseThrow();
    }

    private static List<LocalDate> koordinatorStarts(GeneratedPlan plan) {
        return plan.resources(CareTeam.class).get(0).getParticipant().stream()
                .filter(p -> p.getRole().stream().anyMatch(IpCodes::isCoordinator))
                .map(p -> LocalDate.parse(p.getPeriod().getStartElement().getValueAsString()))
                .toList();
    }

    private static double nearestRank(List<Long> values, double rank) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.max(0, (int) Math.ceil(rank * sorted.size()) - 1));
    }

    private static String fullUrl(GeneratedPlan plan, Class<? extends Resource> type) {
        return plan.bundle().getEntry().stream()
                .filter(e -> type.isInstance(e.getResource()))
                .findFirst()
                .orElseThrow()
                .getFullUrl();
    }
}
