package no.ipfhir.server.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.gclient.StringClientParam;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import no.ipfhir.server.exchange.IpTopic;
import no.ipfhir.server.kernel.IpCodes;
import no.ipfhir.server.support.Concurrently;
import no.ipfhir.server.support.ExamplePlans;
import no.ipfhir.server.support.NotificationReceiver;
import no.ipfhir.server.support.NotificationReceiver.Notification;
import no.ipfhir.server.support.PackagedServer;
import no.ipfhir.server.support.StoredPlan;
import no.ipfhir.server.support.SyntheticIds;
import no.ipfhir.server.support.TestIssuer;
import no.ipfhir.server.support.TopicSubscriptions;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Subscription;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two servers on one database: two processes of the packaged server, on two ports, against one PostgreSQL
 * database of their own, each with its own Lucene index. What one node writes the other reads at once; the
 * uniqueness rules hold when the competing writes go to different nodes; each notification is delivered
 * once, not once per node; and a change to a subscription made on one node is honoured by the other. Prints
 * its figures.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodeIT {

    private static final int COMPETING_CREATES = 8;
    private static final int GOAL_UPDATES = 10;
    private static final String MUNICIPALITY = "urn:uuid:00000000-0000-4000-8001-000000000002";
    private static final String COORDINATOR_ORGANISATION = "urn:uuid:00000000-0000-4000-8001-000000000003";

    private static final FhirContext fhirContext = FhirContext.forR4Cached();
    private static final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @TempDir
    static Path workingDirectory;

    private static String database;
    private static NotificationReceiver receiver;
    private static PackagedServer nodeA;
    private static PackagedServer nodeB;
    private static StoredPlan plan;
    private static String municipalityEhr;
    private static IdType subscription;

    @BeforeAll
    static void startTwoNodesOnOneDatabase() {
        database = PackagedServer.freshDatabase("twonode");
        receiver = NotificationReceiver.started(fhirContext);
        String[] settings = {
            "--fhir.subscription.retry-initial-backoff=200ms", "--fhir.subscription.retry-max-backoff=1s"
        };
        // Both start at once on the empty database, as a region's nodes do: one makes the schema, the other waits.
        nodeA = PackagedServer.launch(PackagedServer.freePort(), database, workingDirectory.resolve("a"), settings);
        nodeB = PackagedServer.launch(PackagedServer.freePort(), database, workingDirectory.resolve("b"), settings);
        nodeA.awaitReady();
        nodeB.awaitReady();

        Bundle sent = ExamplePlans.fresh(fhirContext, ExamplePlans.STROKE_REHABILITATION);
        plan = new StoredPlan(
                sent,
                nodeA.client(TestIssuer.get().systemToken())
                        .transaction()
                        .withBundle(sent)
                        .execute(),
                nodeA.client(TestIssuer.get().systemToken()));
        municipalityEhr = TestIssuer.get()
                .token("user/*.cruds")
                .orgnr(orgnr(sent, MUNICIPALITY))
                .clientId("kommune-ehr")
                .sign();
    }

    @AfterAll
    static void stopNodes() {
        for (AutoCloseable closeable : new AutoCloseable[] {nodeA, nodeB, receiver}) {
            try {
                if (closeable != null) {
                    closeable.close();
                }
            } catch (Exception e) {
                System.err.println("Could not stop " + closeable + ": " + e);
            }
        }
        if (database != null) {
            PackagedServer.dropDatabase(database);
        }
    }

    @Test
    @Order(1)
    void aWriteOnOneNodeIsReadOnTheOtherAtOnce() {
        IGenericClient onA = nodeA.client(municipalityEhr);
        IGenericClient onB = nodeB.client(municipalityEhr);
        String goalId = plan.id("Goal");

        CarePlan stored =
                onB.read().resource(CarePlan.class).withUrl(plan.id("CarePlan")).execute();
        String written = plan.response().getEntry().stream()
                .map(e -> e.getResponse().getLocation())
                .filter(location -> location.startsWith(plan.id("CarePlan") + "/_history/"))
                .findFirst()
                .orElseThrow();
        assertThat(stored.getIdElement().toUnqualified().getValue()).isEqualTo(written);

        int roundTrips = 0;
        for (int i = 0; i < 5; i++) {
            IGenericClient writer = i % 2 == 0 ? onA : onB;
            IGenericClient reader = i % 2 == 0 ? onB : onA;
            Goal goal = writer.read().resource(Goal.class).withUrl(goalId).execute();
            goal.getDescription().setText("Gå til butikken alene, runde " + i);
            String version = writer.update().resource(goal).execute().getId().getVersionIdPart();
            Goal read = reader.read().resource(Goal.class).withUrl(goalId).execute();
            assertThat(read.getIdElement().getVersionIdPart())
                    .as("read on the other node right after the write")
                    .isEqualTo(version);
            assertThat(read.getDescription().getText()).endsWith("runde " + i);
            roundTrips++;
        }
        System.out.printf(
                "Two nodes: %d writes, each read on the other node at once with the version written%n", roundTrips);
    }

    @Test
    @Order(2)
    void ofConcurrentActiveIndividualPlansSentToBothNodesExactlyOneIsStored() {
        Bundle sent = ExamplePlans.fresh(fhirContext, ExamplePlans.STROKE_REHABILITATION);
        ExamplePlans.first(sent, CarePlan.class).setStatus(CarePlan.CarePlanStatus.DRAFT);
        StoredPlan draftPlan = new StoredPlan(
                sent,
                nodeB.client(TestIssuer.get().systemToken())
                        .transaction()
                        .withBundle(sent)
                        .execute(),
                nodeB.client(TestIssuer.get().systemToken()));
        String coordinatorsEhr = TestIssuer.get()
                .token("user/CarePlan.crs user/CareTeam.rus")
                .orgnr(orgnr(sent, COORDINATOR_ORGANISATION))
                .sign();
        CarePlan draft = draftPlan.read(CarePlan.class, draftPlan.id("CarePlan"));

        List<HttpResponse<String>> responses = Concurrently.run(COMPETING_CREATES, c -> {
            CarePlan active = draft.copy();
            active.setId((String) null);
            active.getMeta().setVersionId(null).setLastUpdated(null);
            active.getIdentifierFirstRep().setValue(SyntheticIds.unique("ip-" + c));
            active.setStatus(CarePlan.CarePlanStatus.ACTIVE);
            PackagedServer node = c % 2 == 0 ? nodeA : nodeB;
            return send(HttpRequest.newBuilder(URI.create(node.baseUrl() + "/CarePlan"))
                    .header("Authorization", "Bearer " + coordinatorsEhr)
                    .header("Content-Type", "application/fhir+json")
                    .header("Accept", "application/fhir+json")
                    .POST(HttpRequest.BodyPublishers.ofString(
                            fhirContext.newJsonParser().encodeResourceToString(active))));
        });

        Map<Integer, Long> statuses = responses.stream()
                .collect(Collectors.groupingBy(HttpResponse::statusCode, TreeMap::new, Collectors.counting()));
        String category =
                URLEncoder.encode(IpCodes.PLAN_CATEGORY_SYSTEM + "|" + IpCodes.INDIVIDUAL_PLAN, StandardCharsets.UTF_8);
        String activePlans = "CarePlan?subject=" + draftPlan.patientId() + "&status=active&category=" + category;
        int storedOnA = search(nodeA, coordinatorsEhr, activePlans).getEntry().size();
        int storedOnB = search(nodeB, coordinatorsEhr, activePlans).getEntry().size();
        System.out.printf(
                "Two nodes: %d concurrent creates of an active IP for one patient, alternating A and B: answers %s;"
                        + " active IPs stored %d (seen from A), %d (seen from B)%n",
                COMPETING_CREATES, statuses, storedOnA, storedOnB);
        assertThat(statuses.keySet()).as("no answer is a server error").allMatch(status -> status < 500);
        assertThat(statuses).containsEntry(201, 1L).containsEntry(409, COMPETING_CREATES - 1L);
        responses.stream().filter(r -> r.statusCode() != 201).forEach(loser -> assertThat(
                        fhirContext.newJsonParser().parseResource(loser.body()))
                .as(loser.body())
                .isInstanceOf(OperationOutcome.class));
        assertThat(storedOnA).isEqualTo(1);
        assertThat(storedOnB).isEqualTo(1);
    }

    @Test
    @Order(3)
    void eachNotificationIsDeliveredOnceNotOncePerNode() {
        IGenericClient onA = nodeA.client(municipalityEhr);
        IGenericClient onB = nodeB.client(municipalityEhr);
        Subscription created = TopicSubscriptions.idOnly(IpTopic.MAL_ENDRET, receiver.url("/mal"));
        subscription = (IdType) onA.create().resource(created).execute().getId().toUnqualifiedVersionless();

        List<String> acknowledged = new ArrayList<>();
        for (int i = 0; i < GOAL_UPDATES; i++) {
            IGenericClient node = i % 2 == 0 ? onA : onB;
            Goal goal =
                    node.read().resource(Goal.class).withUrl(plan.id("Goal")).execute();
            goal.getAchievementStatus().getCodingFirstRep().setCode(i % 2 == 0 ? "improving" : "no-change");
            acknowledged.add(node.update()
                    .resource(goal)
                    .execute()
                    .getId()
                    .toUnqualified()
                    .getValue());
        }
        receiver.awaitFocus(acknowledged.get(acknowledged.size() - 1), Duration.ofSeconds(90));
        // Several submission intervals of both nodes, for any repeat to arrive.
        sleep(5_000);

        List<Notification> received = receiver.received().stream()
                .filter(n -> n.path().equals("/mal"))
                .toList();
        List<Long> numbers = received.stream().map(Notification::eventNumber).toList();
        TreeSet<Long> distinct = new TreeSet<>(numbers);
        List<String> focuses = received.stream().map(Notification::focus).toList();
        System.out.printf(
                "Two nodes: %d goal updates acknowledged (alternating A and B), %d notifications received,"
                        + " %d distinct event numbers, %d repeated%n",
                acknowledged.size(), numbers.size(), distinct.size(), numbers.size() - distinct.size());
        assertThat(numbers).as("no event delivered twice").doesNotHaveDuplicates();
        assertThat(distinct)
                .containsExactlyElementsOf(
                        LongStream.rangeClosed(1, distinct.size()).boxed().toList());
        for (String version : acknowledged) {
            assertThat(focuses).as("notified once of " + version).containsOnlyOnce(version);
        }
    }

    /** Until the scale-out work, the full-text index is each node's own: {@code _content} finds only what that node wrote. */
    @Test
    @Order(4)
    void contentSearchFindsOnlyWhatTheNodeItselfIndexed() {
        IGenericClient onB = nodeB.client(municipalityEhr);
        String word = "fjelltur" + SyntheticIds.digits(8);
        Goal goal = onB.read().resource(Goal.class).withUrl(plan.id("Goal")).execute();
        goal.getDescription().setText("Jeg vil gå en " + word + " i sommer");
        String version =
                onB.update().resource(goal).execute().getId().toUnqualified().getValue();
        // Notified at the subscription's endpoint before the next test changes it.
        receiver.awaitFocus(version, Duration.ofSeconds(90));

        int onWriter = contentMatches(nodeB, word);
        int onOther = contentMatches(nodeA, word);
        System.out.printf(
                "Two nodes: Goal?_content=<word written on B>: %d found on B, %d on A (its own index)%n",
                onWriter, onOther);
        assertThat(onWriter).isEqualTo(1);
        assertThat(onOther).isZero();
    }

    @Test
    @Order(5)
    void aChangeToASubscriptionMadeOnOneNodeIsHonouredByTheOther() {
        IGenericClient onA = nodeA.client(municipalityEhr);
        Subscription stored =
                onA.read().resource(Subscription.class).withId(subscription).execute();
        stored.getChannel().setEndpoint(receiver.url("/mal-ny"));
        onA.update().resource(stored).execute();
        // Only node B is left to match and deliver.
        nodeA.close();
        int before = receiver.received().size();

        IGenericClient onB = nodeB.client(municipalityEhr);
        Goal goal = onB.read().resource(Goal.class).withUrl(plan.id("Goal")).execute();
        goal.getAchievementStatus().getCodingFirstRep().setCode("achieved");
        String version =
                onB.update().resource(goal).execute().getId().toUnqualified().getValue();

        Notification delivered = receiver.awaitFocus(version, Duration.ofSeconds(90));
        sleep(2_000);
        List<Notification> after =
                receiver.received().subList(before, receiver.received().size());
        System.out.printf(
                "Two nodes: endpoint changed on A, A stopped, goal changed on B: notified at %s (%d notification(s)"
                        + " after the change, %d at the old endpoint)%n",
                delivered.path(),
                after.size(),
                after.stream().filter(n -> n.path().equals("/mal")).count());
        assertThat(delivered.path()).isEqualTo("/mal-ny");
        assertThat(after).allMatch(n -> n.path().equals("/mal-ny"));
    }

    private int contentMatches(PackagedServer node, String word) {
        return node.client(municipalityEhr)
                .search()
                .forResource(Goal.class)
                .where(new StringClientParam("_content").matches().value(word))
                .returnBundle(Bundle.class)
                .execute()
                .getEntry()
                .size();
    }

    private static Bundle search(PackagedServer node, String token, String query) {
        return node.client(token)
                .search()
                .byUrl(query)
                .returnBundle(Bundle.class)
                .execute();
    }

    private static String orgnr(Bundle bundle, String fullUrl) {
        return ((Organization) ExamplePlans.entry(bundle, fullUrl).getResource())
                .getIdentifier().stream()
                        .filter(identifier -> SyntheticIds.ORGNR_SYSTEM.equals(identifier.getSystem()))
                        .map(Identifier::getValue)
                        .findFirst()
                        .orElseThrow();
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofMinutes(2)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long millis) {
        Instant until = Instant.now().plusMillis(millis);
        while (Instant.now().isBefore(until)) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
