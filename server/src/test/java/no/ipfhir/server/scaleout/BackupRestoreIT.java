package no.ipfhir.server.scaleout;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import no.ipfhir.server.support.ExamplePlans;
import no.ipfhir.server.support.PackagedServer;
import no.ipfhir.server.support.TestDatabase;
import no.ipfhir.server.support.TestIssuer;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Provenance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/operations.md's backup and restore, as an operator does it: {@code pg_dump -Fc} of a running
 * server's database, {@code pg_restore} into a new database, a new server on it, and the same plan, with
 * its versions and Provenance, read back with an EHR's token.
 */
class BackupRestoreIT {

    @TempDir
    Path workingDirectory;

    @Test
    void aDumpRestoredIntoANewDatabaseServesTheSamePlans() throws Exception {
        String original = PackagedServer.freshDatabase("backup");
        String restored = PackagedServer.freshDatabase("restored");
        try {
            RevisedPlan revised;
            Path dump = workingDirectory.resolve("ipfhir.dump");
            try (PackagedServer server = node(original, "before")) {
                revised = RevisedPlan.store(server);

                // The dump is taken while the server runs, as a nightly backup would be.
                run(pgCommand("pg_dump", original, "-Fc", "-f", dump.toString()));
            }
            run(pgCommand("pg_restore", restored, "--no-owner", dump.toString()));

            try (PackagedServer server = node(restored, "after")) {
                revised.assertServedBy(server);
                System.out.printf(
                        "Backup and restore: plan %s and %d Provenance records served after restore%n",
                        revised.plan().toUnqualifiedVersionless().getValue(), revised.provenances());
            }
        } finally {
            PackagedServer.dropDatabase(original);
            PackagedServer.dropDatabase(restored);
        }
    }

    /**
     * Example plan A stored by the municipality's back end and revised once by its EHR: the plan, the EHR's
     * token, and what that EHR then read (the plan as JSON, its Provenance count).
     */
    record RevisedPlan(IdType plan, String ehrToken, String planJson, int provenances) {

        /** The description the EHR gives the plan in its second version. */
        static final String REVISION = "Revidert etter møte i ansvarsgruppa";

        static RevisedPlan store(PackagedServer server) {
            FhirContext fhirContext = FhirContext.forR4Cached();
            Bundle example = ExamplePlans.fresh(fhirContext, ExamplePlans.STROKE_REHABILITATION);
            String ehrToken = ExamplePlans.municipalityEhrToken(example);
            Bundle response = server.client(TestIssuer.get().systemToken())
                    .transaction()
                    .withBundle(example)
                    .execute();
            IdType plan = response.getEntry().stream()
                    .map(e -> new IdType(e.getResponse().getLocation()))
                    .filter(id -> "CarePlan".equals(id.getResourceType()))
                    .findFirst()
                    .orElseThrow();
            IGenericClient asEhr = server.client(ehrToken);
            CarePlan stored = asEhr.read()
                    .resource(CarePlan.class)
                    .withId(plan.toUnqualifiedVersionless())
                    .execute();
            stored.setDescription(REVISION);
            asEhr.update().resource(stored).execute();
            return new RevisedPlan(plan, ehrToken, read(asEhr, plan), provenanceCount(asEhr, plan));
        }

        /** This server (on a restored or upgraded database) serves the plan to the EHR as it was stored. */
        void assertServedBy(PackagedServer server) {
            IGenericClient asEhr = server.client(ehrToken);
            assertThat(read(asEhr, plan))
                    .as("the plan as stored, version and all")
                    .isEqualTo(planJson);
            assertThat(firstVersion(asEhr, plan).getDescription())
                    .as("its first version, from the history")
                    .isNotBlank()
                    .isNotEqualTo(REVISION);
            assertThat(provenanceCount(asEhr, plan)).isEqualTo(provenances).isPositive();
        }
    }

    private PackagedServer node(String database, String name) {
        return PackagedServer.start(PackagedServer.freePort(), database, workingDirectory.resolve(name));
    }

    /** The plan's first version, from the history. */
    static CarePlan firstVersion(IGenericClient client, IdType plan) {
        return client.read()
                .resource(CarePlan.class)
                .withId(plan.toUnqualifiedVersionless().withVersion("1"))
                .execute();
    }

    /** The plan's current version as JSON, as a client would compare it. */
    static String read(IGenericClient client, IdType plan) {
        CarePlan current = client.read()
                .resource(CarePlan.class)
                .withId(plan.toUnqualifiedVersionless())
                .execute();
        current.setMeta(
                current.getMeta().copy().setLastUpdated(current.getMeta().getLastUpdated()));
        return FhirContext.forR4Cached().newJsonParser().encodeResourceToString(current);
    }

    static int provenanceCount(IGenericClient client, IdType plan) {
        return client.search()
                .forResource(Provenance.class)
                .where(Provenance.TARGET.hasId(plan.toUnqualifiedVersionless()))
                .returnBundle(Bundle.class)
                .execute()
                .getEntry()
                .size();
    }

    /** {@code pg_dump}/{@code pg_restore} against a database given by its JDBC URL. */
    private static List<String> pgCommand(String tool, String jdbcUrl, String... arguments) {
        URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
        List<String> command = new ArrayList<>(List.of(
                tool,
                "-h",
                uri.getHost(),
                "-p",
                Integer.toString(uri.getPort() < 0 ? 5432 : uri.getPort()),
                "-U",
                TestDatabase.get().user(),
                "-d",
                uri.getPath().substring(1)));
        command.addAll(List.of(arguments));
        return command;
    }

    private static void run(List<String> command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PGPASSWORD", TestDatabase.get().password());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(10, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as("%s: %s", command.get(0), output).isZero();
    }
}
