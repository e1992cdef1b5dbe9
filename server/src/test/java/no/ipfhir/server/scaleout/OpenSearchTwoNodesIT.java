package no.ipfhir.server.scaleout;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.gclient.StringClientParam;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import no.ipfhir.server.support.ExamplePlans;
import no.ipfhir.server.support.OpenSearchNode;
import no.ipfhir.server.support.PackagedServer;
import no.ipfhir.server.support.TestIssuer;
import org.hl7.fhir.instance.model.api.IIdType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.IdType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Full-text search shared by two nodes: both run on one PostgreSQL database with the index in a real
 * OpenSearch node that each node writes its changes to as they commit. A change written on one node is
 * found with {@code _content} on the other within the documented bound, each change is in the index once,
 * and changes written while a node is down are in the index when it comes back.
 */
class OpenSearchTwoNodesIT {

    /** What README, Scale-out, promises: OpenSearch's refresh (1 s), with room. */
    private static final Duration BOUND = Duration.ofSeconds(10);

    private static final String GOAL = "urn:uuid:00000000-0000-4000-8001-000000000022";

    private final FhirContext fhirContext = FhirContext.forR4Cached();

    @TempDir
    Path workingDirectory;

    @Test
    void aChangeWrittenOnOneNodeIsFoundByFullTextSearchOnTheOtherExactlyOnce() throws Exception {
        String database = PackagedServer.freshDatabase("opensearch");
        try (OpenSearchNode openSearch = OpenSearchNode.start(workingDirectory)) {
            String[] settings = {
                "--fhir.search.backend=opensearch",
                "--fhir.search.opensearch.uris=" + openSearch.uri(),
                "--fhir.search.opensearch.index-prefix=iptest"
            };
            Bundle example = ExamplePlans.fresh(fhirContext, ExamplePlans.STROKE_REHABILITATION);
            String ehrToken = ExamplePlans.municipalityEhrToken(example);
            IIdType goal;
            PackagedServer nodeA = node(database, "a", settings);
            try {
                PackagedServer nodeB = node(database, "b", settings);
                try {
                    Bundle response = nodeA.client(TestIssuer.get().systemToken())
                            .transaction()
                            .withBundle(example)
                            .execute();
                    goal = new IdType(response.getEntry()
                                    .get(example.getEntry().indexOf(ExamplePlans.entry(example, GOAL)))
                                    .getResponse()
                                    .getLocation())
                            .toUnqualifiedVersionless();

                    Duration aToB = describeAndFind(nodeA, nodeB, ehrToken, goal, "kajakkpadling");
                    Duration bToA = describeAndFind(nodeB, nodeA, ehrToken, goal, "fjelltur");
                    System.out.printf(
                            "OpenSearch, two nodes: a change on A found by _content on B after %d ms, B to A %d ms%n",
                            aToB.toMillis(), bToA.toMillis());
                    assertThat(find(nodeB, ehrToken, "kajakkpadling"))
                            .as("the old description is gone from the shared index")
                            .isEmpty();
                } finally {
                    nodeB.close();
                }

                // Node B is down: A goes on writing, and what it writes is indexed by A alone.
                describe(nodeA, ehrToken, goal, "skigåing");
            } finally {
                nodeA.close();
            }

            // Both come back; the index holds the last change, once.
            try (PackagedServer nodeB = node(database, "b", settings)) {
                awaitFound(nodeB, ehrToken, "skigåing", goal);
                String count = openSearch.get("/iptest-resourcetable-read/_count?q=skig%C3%A5ing");
                System.out.println("OpenSearch documents holding the last description: " + count);
                assertThat(count).as("each change reaches the index once").contains("\"count\":1,");
            }
        } finally {
            PackagedServer.dropDatabase(database);
        }
    }

    private PackagedServer node(String database, String name, String... settings) {
        return PackagedServer.start(PackagedServer.freePort(), database, workingDirectory.resolve(name), settings);
    }

    private Duration describeAndFind(
            PackagedServer writer, PackagedServer reader, String token, IIdType goal, String word) throws Exception {
        Instant written = describe(writer, token, goal, word);
        awaitFound(reader, token, word, goal);
        return Duration.between(written, Instant.now());
    }

    private Instant describe(PackagedServer node, String token, IIdType goal, String word) {
        IGenericClient client = node.client(token);
        Goal stored = client.read().resource(Goal.class).withId(goal).execute();
        stored.getDescription().setText("Målet er " + word + " med familien");
        client.update().resource(stored).execute();
        return Instant.now();
    }

    private void awaitFound(PackagedServer node, String token, String word, IIdType goal) throws Exception {
        Instant deadline = Instant.now().plus(BOUND);
        List<String> found = List.of();
        while (Instant.now().isBefore(deadline)) {
            found = find(node, token, word);
            if (!found.isEmpty()) {
                break;
            }
            Thread.sleep(100);
        }
        assertThat(found)
                .as("Goal?_content=%s on port %d within %s", word, node.port(), BOUND)
                .containsExactly(goal.getIdPart());
    }

    private List<String> find(PackagedServer node, String token, String word) {
        Bundle found = node.client(token)
                .search()
                .forResource(Goal.class)
                .where(new StringClientParam("_content").matches().value(word))
                .returnBundle(Bundle.class)
                .execute();
        return found.getEntry().stream()
                .map(e -> e.getResource().getIdElement().getIdPart())
                .toList();
    }
}
