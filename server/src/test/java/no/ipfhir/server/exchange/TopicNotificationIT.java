package no.ipfhir.server.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.LongStream;
import no.ipfhir.server.support.ExamplePlans;
import no.ipfhir.server.support.NotificationReceiver;
import no.ipfhir.server.support.NotificationReceiver.Notification;
import no.ipfhir.server.support.SyntheticIds;
import no.ipfhir.server.support.TopicSubscriptions;
import org.hl7.fhir.instance.model.api.IIdType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CanonicalType;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Subscription;
import org.junit.jupiter.api.Test;

/**
 * Topic-based subscriptions (R4 Subscriptions Backport) made by an EHR with its own token: notifications from
 * the database outbox, numbered per subscription, retried until the receiver is back, and the missed ones
 * available from {@code $status} and {@code $events}.
 */
class TopicNotificationIT extends ExchangeTest {

    private static final String MUNICIPALITY = "urn:uuid:00000000-0000-4000-8001-000000000002";
    private static final String PLAN = "urn:uuid:00000000-0000-4000-8001-000000000099";

    @Test
    void ehrSubscribedToAPlanTopicGetsNumberedIdOnlyNotificationsOfItsPlans() {
        Bundle example = ExamplePlans.fresh(fhirContext, ExamplePlans.STROKE_REHABILITATION);
        String ehrToken = ehrToken(orgnr(example));
        try (NotificationReceiver ehr = NotificationReceiver.started(fhirContext);
                NotificationReceiver outsider = NotificationReceiver.started(fhirContext)) {
            IIdType subscription = subscribeToTopic(ehrToken, IpTopic.PLAN_ENDRET, ehr.url("/ip"));
            subscribeToTopic(ehrToken(SyntheticIds.organisasjonsnummer()), IpTopic.PLAN_ENDRET, outsider.url("/ip"));

            IIdType plan = createPlan(example);
            updatePlan(clientWith(ehrToken), plan, "Revidert etter evalueringsmøtet");

            Notification created = ehr.awaitFocus(plan.withVersion("1").getValue(), DELIVERY);
            Notification updated = ehr.awaitFocus(plan.withVersion("2").getValue(), DELIVERY);
            assertThat(created.topic()).isEqualTo(IpTopic.PLAN_ENDRET.url());
            assertThat(created.carried()).containsExactly("Parameters");
            assertThat(List.of(created.eventNumber(), updated.eventNumber())).containsExactly(1L, 2L);
            assertThat(ehr.received()).extracting(Notification::focus).doesNotHaveDuplicates();

            Parameters status = statusOf(subscription, ehrToken);
            assertThat(status.getParameter("events-since-subscription-start")
                            .getValue()
                            .primitiveValue())
                    .isEqualTo("2");
            assertThat(status.getParameter("type").getValue().primitiveValue()).isEqualTo("query-status");
            sleep(1_000);
            assertThat(outsider.received()).isEmpty();
        }
    }

    @Test
    void receiverThatWasDownGetsEveryEventInOrderAndCanFetchWhatItMissed() {
        Bundle example = ExamplePlans.fresh(fhirContext, ExamplePlans.STROKE_REHABILITATION);
        String ehrToken = ehrToken(orgnr(example));
        try (NotificationReceiver ehr = NotificationReceiver.notYetStarted(fhirContext)) {
            IIdType subscription = subscribeToTopic(ehrToken, IpTopic.MAL_ENDRET, ehr.url("/mal"));
            Bundle response = createPlanBundle(example);
            IIdType goal = created(
                    response,
                    example.getEntry()
                            .indexOf(ExamplePlans.entry(example, "urn:uuid:00000000-0000-4000-8001-000000000022")));
            for (String status : List.of("improving", "worsening", "achieved")) {
                Goal stored = clientWith(ehrToken)
                        .read()
                        .resource(Goal.class)
                        .withId(goal.getIdPart())
                        .execute();
                stored.getAchievementStatus().getCodingFirstRep().setCode(status);
                clientWith(ehrToken).update().resource(stored).execute();
            }
            long owed = 3 + 3; // three goals created, one of them updated three times
            awaitEvents(subscription, ehrToken, owed);
            assertThat(ehr.received()).isEmpty();

            Bundle missed = eventsOf(subscription, ehrToken, "3", "5");
            Parameters missedStatus = (Parameters) missed.getEntryFirstRep().getResource();
            assertThat(missed.getType()).isEqualTo(Bundle.BundleType.HISTORY);
            assertThat(missedStatus.getParameter("type").getValue().primitiveValue())
                    .isEqualTo("query-event");
            assertThat(missedStatus.getParameter("topic").getValue().primitiveValue())
                    .isEqualTo(IpTopic.MAL_ENDRET.url());
            assertThat(missedStatus.getParameters("notification-event"))
                    .extracting(e -> e.getPart().stream()
                            .filter(p -> p.getName().equals("event-number"))
                            .findFirst()
                            .orElseThrow()
                            .getValue()
                            .primitiveValue())
                    .containsExactly("3", "4", "5");
            assertThat(missed.getEntry()).hasSize(4);

            ehr.start();
            ehr.await(n -> n.eventNumber() == owed, DELIVERY);
            List<Long> numbers =
                    ehr.received().stream().map(Notification::eventNumber).toList();
            assertThat(numbers)
                    .containsExactlyElementsOf(
                            LongStream.rangeClosed(1, owed).boxed().toList());
            assertThat(ehr.focuses()).contains(goal.withVersion("4").getValue());
        }
    }

    @Test
    void refusedTransactionNotifiesNothing() {
        Bundle example = ExamplePlans.fresh(fhirContext, ExamplePlans.STROKE_REHABILITATION);
        String ehrToken = ehrToken(orgnr(example));
        try (NotificationReceiver ehr = NotificationReceiver.started(fhirContext)) {
            IIdType subscription = subscribeToTopic(ehrToken, IpTopic.MAL_ENDRET, ehr.url("/mal"));
            createPlanBundle(example);
            awaitEvents(subscription, ehrToken, 3);
            Goal goal = ExamplePlans.first(example, Goal.class).copy();
            CarePlan second = ExamplePlans.first(example, CarePlan.class).copy();
            second.setIdentifier(List.of());
            Bundle refused = new Bundle().setType(Bundle.BundleType.TRANSACTION);
            refused.addEntry()
                    .setFullUrl("urn:uuid:6f0c1d2e-0000-4000-8000-000000000001")
                    .setResource(goal)
                    .getRequest()
                    .setMethod(Bundle.HTTPVerb.POST)
                    .setUrl("Goal");
            refused.addEntry()
                    .setFullUrl("urn:uuid:6f0c1d2e-0000-4000-8000-000000000002")
                    .setResource(second)
                    .getRequest()
                    .setMethod(Bundle.HTTPVerb.POST)
                    .setUrl("CarePlan");

            HttpResponse<String> response = post("", refused);
            assertThat(response.statusCode()).as(response.body()).isBetween(400, 499);
            ehr.await(n -> n.eventNumber() == 3, DELIVERY);
            sleep(2_000);
            assertThat(ehr.received()).hasSize(3);
            assertThat(statusOf(subscription, ehrToken)
                            .getParameter("events-since-subscription-start")
                            .getValue()
                            .primitiveValue())
                    .isEqualTo("3");
        }
    }

    @Test
    void anEhrSeesAndUsesOnlyTheSubscriptionsOfItsOwnOrganisation() {
        String ownOrgnr = SyntheticIds.organisasjonsnummer();
        String ownToken = ehrToken(ownOrgnr);
        IIdType own = subscribeToTopic(ownToken, IpTopic.ANSVARSGRUPPE_ENDRET, "http://localhost:9/ip");
        Subscription stored = client().read()
                .resource(Subscription.class)
                .withId(own.getIdPart())
                .execute();
        assertThat(stored.getChannel()
                        .getExtensionByUrl(SubscriberOrganisation.EXTENSION_URL)
                        .getValue()
                        .primitiveValue())
                .isEqualTo("urn:oid:2.16.578.1.12.4.1.4.101|" + ownOrgnr);

        String otherToken = ehrToken(SyntheticIds.organisasjonsnummer());
        assertThat(send(requestWith("/Subscription/" + own.getIdPart() + "/$status", otherToken)
                                .GET())
                        .statusCode())
                .isEqualTo(404);
        assertThat(send(requestWith("/Subscription/" + own.getIdPart() + "/$events", otherToken)
                                .GET())
                        .statusCode())
                .isEqualTo(404);
        assertThat(send(requestWith("/Subscription/" + own.getIdPart(), otherToken)
                                .GET())
                        .statusCode())
                .isEqualTo(404);

        Subscription forSomeoneElse = TopicSubscriptions.idOnly(IpTopic.PLAN_ENDRET, "http://localhost:9/ip");
        forSomeoneElse
                .getChannel()
                .addExtension(
                        SubscriberOrganisation.EXTENSION_URL,
                        new StringType("urn:oid:2.16.578.1.12.4.1.4.101|" + ownOrgnr));
        HttpResponse<String> refused = send(requestWith("/Subscription", otherToken)
                .header("Content-Type", "application/fhir+json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        fhirContext.newJsonParser().encodeResourceToString(forSomeoneElse))));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(outcome(refused).getIssueFirstRep().getExpression())
                .extracting(Object::toString)
                .containsExactly("Subscription.channel.extension");
    }

    @Test
    void unknownTopicAndFullResourceContentAreRefused() {
        String token = ehrToken(SyntheticIds.organisasjonsnummer());
        Subscription unknown = TopicSubscriptions.idOnly(IpTopic.PLAN_ENDRET, "http://localhost:9/ip");
        unknown.setCriteria("https://ip-fhir.org/fhir/SubscriptionTopic/finnes-ikke");
        HttpResponse<String> response = postAs(token, unknown);
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("Subscription.criteria", IpTopic.PLAN_ENDRET.url());

        Subscription full = TopicSubscriptions.idOnly(IpTopic.PLAN_ENDRET, "http://localhost:9/ip");
        full.getChannel()
                .getPayloadElement()
                .getExtensionByUrl(Subscriber.PAYLOAD_CONTENT)
                .setValue(new org.hl7.fhir.r4.model.CodeType("full-resource"));
        response = postAs(token, full);
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("Subscription.channel.payload.extension");

        HttpResponse<String> badNumber = send(requestWith("/Subscription/1/$events?eventsSinceNumber=abc", token)
                .GET());
        assertThat(badNumber.statusCode()).isBetween(400, 404);
    }

    @Test
    void capabilityStatementDeclaresTheTopicsAndOperations() {
        CapabilityStatement capabilities =
                client().capabilities().ofType(CapabilityStatement.class).execute();
        assertThat(capabilities.getInstantiates())
                .extracting(CanonicalType::getValue)
                .contains(SubscriptionCapabilities.SERVER_CAPABILITIES);
        CapabilityStatement.CapabilityStatementRestResourceComponent subscription =
                capabilities.getRestFirstRep().getResource().stream()
                        .filter(r -> r.getType().equals("Subscription"))
                        .findFirst()
                        .orElseThrow();
        assertThat(subscription.getExtensionsByUrl(SubscriptionCapabilities.TOPIC_EXTENSION))
                .extracting(e -> e.getValue().primitiveValue())
                .containsExactlyInAnyOrder(java.util.Arrays.stream(IpTopic.values())
                        .map(IpTopic::url)
                        .toArray(String[]::new));
        assertThat(subscription.getOperation())
                .extracting(o -> o.getName() + " " + o.getDefinition())
                .contains(
                        "status " + SubscriptionCapabilities.STATUS_OPERATION,
                        "events " + SubscriptionCapabilities.EVENTS_OPERATION);
        assertThat(subscription.getSupportedProfile())
                .extracting(CanonicalType::getValue)
                .contains(Subscriber.BACKPORT_PROFILE);
    }

    private String ehrToken(String orgnr) {
        return issuer().token("user/*.cruds")
                .orgnr(orgnr)
                .clientId("kommune-ehr")
                .sign();
    }

    private IIdType subscribeToTopic(String token, IpTopic topic, String endpoint) {
        HttpResponse<String> response = postAs(token, TopicSubscriptions.idOnly(topic, endpoint));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        IIdType id = fhirContext
                .newJsonParser()
                .parseResource(Subscription.class, response.body())
                .getIdElement()
                .toUnqualifiedVersionless();
        subscriptions.add(id);
        awaitActive(id);
        return id;
    }

    private HttpResponse<String> postAs(String token, Subscription subscription) {
        return send(requestWith("/Subscription", token)
                .header("Content-Type", "application/fhir+json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        fhirContext.newJsonParser().encodeResourceToString(subscription))));
    }

    private Parameters statusOf(IIdType subscription, String token) {
        Bundle status = clientWith(token)
                .operation()
                .onInstance(subscription)
                .named("$status")
                .withNoParameters(Parameters.class)
                .useHttpGet()
                .returnResourceType(Bundle.class)
                .execute();
        return (Parameters) status.getEntryFirstRep().getResource();
    }

    private Bundle eventsOf(IIdType subscription, String token, String since, String until) {
        Parameters parameters = new Parameters();
        parameters.addParameter("eventsSinceNumber", new StringType(since));
        parameters.addParameter("eventsUntilNumber", new StringType(until));
        return clientWith(token)
                .operation()
                .onInstance(subscription)
                .named("$events")
                .withParameters(parameters)
                .useHttpGet()
                .returnResourceType(Bundle.class)
                .execute();
    }

    private void awaitEvents(IIdType subscription, String token, long count) {
        java.time.Instant deadline = java.time.Instant.now().plus(DELIVERY);
        while (!statusOf(subscription, token)
                .getParameter("events-since-subscription-start")
                .getValue()
                .primitiveValue()
                .equals(Long.toString(count))) {
            if (java.time.Instant.now().isAfter(deadline)) {
                throw new AssertionError("Subscription " + subscription + " did not reach " + count + " events");
            }
            sleep(100);
        }
    }

    /** The plan is loaded by a back end, as a municipality's integration does; the EHR then works on it. */
    private Bundle createPlanBundle(Bundle example) {
        return client().transaction().withBundle(example).execute();
    }

    private IIdType createPlan(Bundle example) {
        Bundle response = createPlanBundle(example);
        return created(response, example.getEntry().indexOf(ExamplePlans.entry(example, PLAN)));
    }

    private static void updatePlan(IGenericClient client, IIdType plan, String description) {
        CarePlan stored =
                client.read().resource(CarePlan.class).withId(plan.getIdPart()).execute();
        stored.setDescription(description);
        client.update().resource(stored).execute();
    }

    private static String orgnr(Bundle example) {
        return ((Organization) ExamplePlans.entry(example, MUNICIPALITY).getResource())
                .getIdentifierFirstRep()
                .getValue();
    }
}
