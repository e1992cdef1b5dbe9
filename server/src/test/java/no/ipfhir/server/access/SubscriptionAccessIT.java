package no.ipfhir.server.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import no.ipfhir.server.exchange.SubscriberOrganisation;
import no.ipfhir.server.support.FhirIntegrationTest;
import no.ipfhir.server.support.NotificationReceiver;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Subscription;
import org.junit.jupiter.api.Test;

/** EHRs hold their own organisation's subscriptions, with their own user tokens, and no one else's. */
class SubscriptionAccessIT extends FhirIntegrationTest {

    private static final String JSON = "application/fhir+json";
    private static final String ENDPOINT = "http://localhost:9/varsel";

    @Test
    void hospitalCreatesReadsAndDeletesItsOwnSubscription() {
        AccessWorld world = new AccessWorld(fhirContext, client());
        String hospital = issuer().token("user/*.cruds")
                .orgnr(world.hospitalOrgnr)
                .clientId("sykehus-dips")
                .sign();

        Subscription requested = subscription(world.hospitalOrgnr);
        requested.setStatus(Subscription.SubscriptionStatus.REQUESTED);
        HttpResponse<String> created = send(write("/Subscription", requested, hospital, "POST"));

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = new IdType(created.headers().firstValue("Location").orElseThrow()).getIdPart();
        assertThat(get("/Subscription/" + id, hospital).statusCode()).isEqualTo(200);
        assertThat(get("/Subscription?_id=" + id, hospital).body()).contains(ENDPOINT);
        HttpResponse<String> deleted = send(requestWith("/Subscription/" + id, hospital)
                .header("Accept", JSON)
                .DELETE());
        assertThat(deleted.statusCode()).as(deleted.body()).isIn(200, 204);
    }

    @Test
    void noOneSubscribesForAnotherOrganisationAndLeftOutTheRestrictionIsTheCallersOwn() {
        AccessWorld world = new AccessWorld(fhirContext, client());
        String hospital =
                issuer().token("user/*.cruds").orgnr(world.hospitalOrgnr).sign();
        Subscription unrestricted = subscription(world.hospitalOrgnr);
        unrestricted.getChannel().getExtension().clear();

        HttpResponse<String> forAnother =
                send(write("/Subscription", subscription(world.municipalityOrgnr), hospital, "POST"));
        HttpResponse<String> forNoOne = send(write("/Subscription", unrestricted, hospital, "POST"));
        HttpResponse<String> byPatient = send(write(
                "/Subscription",
                subscription(world.hospitalOrgnr),
                issuer().token("patient/*.cruds").patient(world.b.patientId()).sign(),
                "POST"));

        // Another organisation's restriction is refused; none at all becomes the caller's own, from the token.
        assertThat(forAnother.statusCode()).as(forAnother.body()).isEqualTo(422);
        assertThat(forAnother.body()).contains("Subscription.channel.extension");
        assertThat(forNoOne.statusCode()).as(forNoOne.body()).isEqualTo(201);
        Subscription own = client().read()
                .resource(Subscription.class)
                .withId(new IdType(forNoOne.headers().firstValue("Location").orElseThrow()).getIdPart())
                .execute();
        assertThat(own.getChannel()
                        .getExtensionByUrl(SubscriberOrganisation.EXTENSION_URL)
                        .getValue()
                        .primitiveValue())
                .isEqualTo("urn:oid:2.16.578.1.12.4.1.4.101|" + world.hospitalOrgnr);
        assertThat(byPatient.statusCode()).as(byPatient.body()).isEqualTo(403);
    }

    @Test
    void anotherOrganisationNeitherSeesNorChangesTheSubscription() {
        AccessWorld world = new AccessWorld(fhirContext, client());
        String hospital =
                issuer().token("user/*.cruds").orgnr(world.hospitalOrgnr).sign();
        String municipality =
                issuer().token("user/*.cruds").orgnr(world.municipalityOrgnr).sign();
        HttpResponse<String> created =
                send(write("/Subscription", subscription(world.hospitalOrgnr), hospital, "POST"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = new IdType(created.headers().firstValue("Location").orElseThrow()).getIdPart();
        Subscription taken = subscription(world.municipalityOrgnr);
        taken.setId(id);

        assertThat(get("/Subscription/" + id, municipality).statusCode()).isEqualTo(404);
        assertThat(get("/Subscription?_id=" + id, municipality).body()).doesNotContain(ENDPOINT);
        assertThat(send(write("/Subscription/" + id, taken, municipality, "PUT"))
                        .statusCode())
                .isEqualTo(403);
        assertThat(send(requestWith("/Subscription/" + id, municipality).DELETE())
                        .statusCode())
                .isEqualTo(403);
        Subscription stored =
                client().read().resource(Subscription.class).withId(id).execute();
        assertThat(stored.getChannel()
                        .getExtensionByUrl(SubscriberOrganisation.EXTENSION_URL)
                        .getValue()
                        .primitiveValue())
                .endsWith(world.hospitalOrgnr);
    }

    /**
     * The hospital and the PP service both subscribe to plan B's goals; a goal changes while their receivers are
     * down, so the event waits. The koordinator then ends the hospital's participation and the goal changes
     * again. When the receivers come up, the PP service gets both changes; the hospital gets neither — not
     * the one it was owed before it left (checked again at delivery), not the one after — and its
     * {@code $events} lists none of them.
     */
    @Test
    void anOrganisationThatLeftThePlanIsToldNothingMoreWhileOneStillOnTheTeamIs() {
        AccessWorld world = new AccessWorld(fhirContext, client());
        String hospital = issuer().token("user/*.cruds")
                .orgnr(world.hospitalOrgnr)
                .clientId("sykehus-dips")
                .sign();
        String ppt = issuer().token("user/*.cruds")
                .orgnr(world.pptOfBOrgnr)
                .clientId("ppt-fagsystem")
                .sign();
        String koordinator = issuer().token("user/*.cruds")
                .orgnr(world.coordinatorOfBOrgnr)
                .clientId("kommune-ehr")
                .sign();
        NotificationReceiver hospitalEhr = NotificationReceiver.notYetStarted(fhirContext);
        NotificationReceiver pptEhr = NotificationReceiver.notYetStarted(fhirContext);
        String hospitalSubscription = null;
        String pptSubscription = null;
        try {
            hospitalSubscription = subscribe(hospital, world.hospitalOrgnr, hospitalEhr.url("/mal"));
            pptSubscription = subscribe(ppt, world.pptOfBOrgnr, pptEhr.url("/mal"));

            String whileTakingPart = changeGoal(world.b.goalId(), koordinator);
            awaitEvents(hospitalSubscription, hospital, 1);
            awaitEvents(pptSubscription, ppt, 1);

            endParticipation(world.b.careTeamId(), world.hospitalRoleOfB, koordinator);
            assertThat(get("/Goal/" + world.b.goalId(), hospital).statusCode())
                    .as("the hospital no longer reaches the plan")
                    .isEqualTo(404);
            String afterLeaving = changeGoal(world.b.goalId(), koordinator);

            hospitalEhr.start();
            pptEhr.start();
            pptEhr.awaitFocus(whileTakingPart, Duration.ofSeconds(20));
            pptEhr.awaitFocus(afterLeaving, Duration.ofSeconds(20));
            // Both subscriptions are retried on the same schedule: by now the hospital's would have been tried.
            sleep(3_000);
            assertThat(hospitalEhr.focuses()).isEmpty();
            HttpResponse<String> events = get("/Subscription/" + hospitalSubscription + "/$events", hospital);
            assertThat(events.statusCode()).as(events.body()).isEqualTo(200);
            assertThat(events.body()).doesNotContain("Goal/" + world.b.goalId());
            assertThat(get("/Subscription/" + pptSubscription + "/$events", ppt).body())
                    .contains("Goal/" + world.b.goalId());
        } finally {
            hospitalEhr.close();
            pptEhr.close();
            switchOff(hospitalSubscription, hospital);
            switchOff(pptSubscription, ppt);
        }
    }

    private String subscribe(String token, String orgnr, String endpoint) {
        Subscription subscription = subscription(orgnr);
        subscription.setStatus(Subscription.SubscriptionStatus.REQUESTED);
        subscription.getChannel().setEndpoint(endpoint);
        HttpResponse<String> created = send(write("/Subscription", subscription, token, "POST"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = new IdType(created.headers().firstValue("Location").orElseThrow()).getIdPart();
        Instant deadline = Instant.now().plusSeconds(30);
        while (!read(Subscription.class, "/Subscription/" + id, token)
                .getStatus()
                .equals(Subscription.SubscriptionStatus.ACTIVE)) {
            assertThat(Instant.now()).as("Subscription/" + id + " active").isBefore(deadline);
            sleep(100);
        }
        return id;
    }

    /** The goal with a new note, written by the koordinator's EHR; returns the new version's reference. */
    private String changeGoal(String goalId, String token) {
        Goal goal = read(Goal.class, "/Goal/" + goalId, token);
        goal.addNote().setText("Evaluert i ansvarsgruppemøte " + Instant.now());
        HttpResponse<String> updated = send(write("/Goal/" + goalId, goal, token, "PUT"));
        assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
        Goal stored = fhirContext.newJsonParser().parseResource(Goal.class, updated.body());
        return "Goal/" + goalId + "/_history/" + stored.getMeta().getVersionId();
    }

    private void endParticipation(String teamId, String member, String token) {
        CareTeam team = read(CareTeam.class, "/CareTeam/" + teamId, token);
        team.getParticipant().stream()
                .filter(participant -> member.equals(participant.getMember().getReference()))
                .forEach(participant -> participant
                        .getPeriod()
                        .setEndElement(new DateTimeType(LocalDate.now(ZoneId.of("Europe/Oslo"))
                                .minusDays(1)
                                .toString())));
        HttpResponse<String> updated = send(write("/CareTeam/" + teamId, team, token, "PUT"));
        assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
    }

    private void awaitEvents(String subscriptionId, String token, int atLeast) {
        Instant deadline = Instant.now().plusSeconds(20);
        while (true) {
            Bundle status = read(Bundle.class, "/Subscription/" + subscriptionId + "/$status", token);
            Parameters parameters = (Parameters) status.getEntryFirstRep().getResource();
            long events = Long.parseLong(parameters
                    .getParameterValue("events-since-subscription-start")
                    .primitiveValue());
            if (events >= atLeast) {
                return;
            }
            assertThat(Instant.now())
                    .as("events of Subscription/" + subscriptionId)
                    .isBefore(deadline);
            sleep(100);
        }
    }

    private void switchOff(String subscriptionId, String token) {
        if (subscriptionId != null) {
            Subscription subscription = read(Subscription.class, "/Subscription/" + subscriptionId, token);
            subscription.setStatus(Subscription.SubscriptionStatus.OFF);
            send(write("/Subscription/" + subscriptionId, subscription, token, "PUT"));
        }
    }

    private <T extends org.hl7.fhir.instance.model.api.IBaseResource> T read(Class<T> type, String path, String token) {
        HttpResponse<String> response = get(path, token);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return fhirContext.newJsonParser().parseResource(type, response.body());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Subscription subscription(String orgnr) {
        Subscription subscription = new Subscription();
        subscription.setStatus(Subscription.SubscriptionStatus.OFF);
        subscription.setReason("Varsle journalsystemet om endringer i mål");
        subscription.setCriteria("Goal?");
        subscription
                .getChannel()
                .setType(Subscription.SubscriptionChannelType.RESTHOOK)
                .setEndpoint(ENDPOINT);
        subscription
                .getChannel()
                .addExtension(
                        SubscriberOrganisation.EXTENSION_URL,
                        new StringType("urn:oid:2.16.578.1.12.4.1.4.101|" + orgnr));
        return subscription;
    }

    private HttpRequest.Builder write(
            String path, org.hl7.fhir.r4.model.Resource subscription, String token, String method) {
        return requestWith(path, token)
                .header("Accept", JSON)
                .header("Content-Type", JSON)
                .method(
                        method,
                        HttpRequest.BodyPublishers.ofString(
                                fhirContext.newJsonParser().encodeResourceToString(subscription)));
    }

    private HttpResponse<String> get(String path, String token) {
        return send(requestWith(path, token).header("Accept", JSON));
    }
}
