package no.ipfhir.server.scaleout;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import no.ipfhir.server.scaleout.BackupRestoreIT.RevisedPlan;
import no.ipfhir.server.support.ExamplePlans;
import no.ipfhir.server.support.PackagedServer;
import no.ipfhir.server.support.TestIssuer;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Measure;
import org.hl7.fhir.r4.model.MeasureReport;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.StringType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/operations.md's upgrade, as an operator does it: the previous release of the server
 * ({@code -Dupgrade.previous-jar=…}, built by {@code server/reliability/upgrade.sh}) makes a database and
 * stores a plan in it; this build starts on the same database, migrates it (HAPI's migrations and the
 * project's own tables) and serves the same plan, its history and Provenance and the same styringsdata,
 * and takes new plans and changes.
 */
class UpgradeIT {

    private static final String PREVIOUS_JAR = System.getProperty("upgrade.previous-jar", "");
    private static final String LEADER_ORGNR = "991000070";

    private final FhirContext fhirContext = FhirContext.forR4Cached();

    @TempDir
    Path workingDirectory;

    @Test
    void thisBuildTakesOverADatabaseOfThePreviousRelease() {
        assertThat(PREVIOUS_JAR)
                .as(
                        "-Dupgrade.previous-jar=… (server/reliability/upgrade.sh builds the previous release and passes it)")
                .isNotBlank();
        Path previous = Path.of(PREVIOUS_JAR);
        assertThat(Files.isRegularFile(previous)).as("%s exists", previous).isTrue();
        String database = PackagedServer.freshDatabase("upgrade");
        try {
            String leader = TestIssuer.get()
                    .token("user/Measure.rs")
                    .orgnr(LEADER_ORGNR)
                    .sign();
            RevisedPlan revised;
            int activePlans;
            try (PackagedServer old = PackagedServer.start(
                    previous, PackagedServer.freePort(), database, workingDirectory.resolve("previous"))) {
                revised = RevisedPlan.store(old);
                // Five plans in all, so that the styringsdata's count of them is not masked (1-4 are).
                for (int i = 1; i < 5; i++) {
                    old.client(TestIssuer.get().systemToken())
                            .transaction()
                            .withBundle(ExamplePlans.fresh(fhirContext, ExamplePlans.STROKE_REHABILITATION))
                            .execute();
                }
                activePlans = activePlans(old.client(leader));
            }

            long started = System.nanoTime();
            try (PackagedServer current =
                    PackagedServer.start(PackagedServer.freePort(), database, workingDirectory.resolve("current"))) {
                double seconds = (System.nanoTime() - started) / 1e9;
                revised.assertServedBy(current);
                IGenericClient asEhr = current.client(revised.ehrToken());
                IdType plan = revised.plan().toUnqualifiedVersionless();
                assertThat(activePlans(current.client(leader)))
                        .as("persons with an active plan, from the previous release's projection")
                        .isEqualTo(activePlans);

                // The upgraded database takes changes and new plans.
                CarePlan stored =
                        asEhr.read().resource(CarePlan.class).withId(plan).execute();
                stored.setDescription("Revidert etter oppgradering");
                String version =
                        asEhr.update().resource(stored).execute().getId().getVersionIdPart();
                assertThat(version).isEqualTo("3");
                Bundle second = current.client(TestIssuer.get().systemToken())
                        .transaction()
                        .withBundle(ExamplePlans.fresh(fhirContext, ExamplePlans.STROKE_REHABILITATION))
                        .execute();
                assertThat(second.getEntry())
                        .allSatisfy(entry ->
                                assertThat(entry.getResponse().getStatus()).startsWith("20"));
                assertThat(activePlans(current.client(leader))).isEqualTo(activePlans + 1);
                System.out.printf(
                        "Upgrade from %s: this build ready on the previous release's database in %.1f s; plan %s, "
                                + "%d Provenance records and %d active plans served as before; a new plan and a "
                                + "change taken%n",
                        previous, seconds, plan.getValue(), revised.provenances(), activePlans);
            }
        } finally {
            PackagedServer.dropDatabase(database);
        }
    }

    /** Persons with an active plan this year, whole country, as a leader reads it. */
    private static int activePlans(IGenericClient leader) {
        int year = LocalDate.now(ZoneId.of("Europe/Oslo")).getYear();
        Bundle reports = leader.operation()
                .onType(Measure.class)
                .named("evaluate-measure")
                .withParameter(Parameters.class, "periodStart", new StringType(year + "-01-01"))
                .andParameter("periodEnd", new StringType(year + "-12-31"))
                .andParameter("reportType", new StringType("summary"))
                .useHttpGet()
                .returnResourceType(Bundle.class)
                .execute();
        MeasureReport active = reports.getEntry().stream()
                .map(entry -> (MeasureReport) entry.getResource())
                .filter(report -> report.getMeasure().split("\\|")[0].endsWith("/ip-aktiv-plan"))
                .findFirst()
                .orElseThrow();
        assertThat(active.getGroupFirstRep().getPopulationFirstRep().hasCount())
                .as("an unmasked count")
                .isTrue();
        return active.getGroupFirstRep().getPopulationFirstRep().getCount();
    }
}
