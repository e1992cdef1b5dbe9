package no.ipfhir.server.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import no.ipfhir.server.exchange.SubscriberOrganisation;
import no.ipfhir.server.support.FhirIntegrationTest;
import org.hl7.fhir.r4.model.IdType;
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

    private HttpRequest.Builder write(String path, Subscription subscription, String token, String method) {
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
