package no.ipfhir.server.exchange;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.client.interceptor.AdditionalRequestHeadersInterceptor;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import no.ipfhir.server.support.FhirIntegrationTest;
import org.hl7.fhir.instance.model.api.IIdType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Provenance;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Subscription;
import org.junit.jupiter.api.AfterEach;

/** Subscriptions made by a test are active before it goes on, and removed after it. */
abstract class ExchangeTest extends FhirIntegrationTest {

    static final Duration DELIVERY = Duration.ofSeconds(20);

    final List<IIdType> subscriptions = new ArrayList<>();

    @AfterEach
    void removeSubscriptions() {
        // Switched off rather than deleted: the audit trail refers to subscriptions that were read.
        for (IIdType id : subscriptions) {
            Subscription subscription = client().read()
                    .resource(Subscription.class)
                    .withId(id.getIdPart())
                    .execute();
            client().update()
                    .resource(subscription.setStatus(Subscription.SubscriptionStatus.OFF))
                    .execute();
        }
        subscriptions.clear();
    }

    /** A rest-hook subscription, restricted to the organisation with this orgnr unless it is null. */
    IIdType subscribe(String criteria, String endpoint, String organisationNumber) {
        Subscription subscription = subscription(criteria, endpoint, organisationNumber);
        IIdType id = client().create().resource(subscription).execute().getId().toUnqualifiedVersionless();
        subscriptions.add(id);
        awaitActive(id);
        return id;
    }

    static Subscription subscription(String criteria, String endpoint, String organisationNumber) {
        Subscription subscription = new Subscription();
        subscription.setStatus(Subscription.SubscriptionStatus.REQUESTED);
        subscription.setReason("Varsle journalsystemet om endringer i individuell plan");
        subscription.setCriteria(criteria);
        subscription
                .getChannel()
                .setType(Subscription.SubscriptionChannelType.RESTHOOK)
                .setEndpoint(endpoint);
        if (organisationNumber != null) {
            subscription
                    .getChannel()
                    .addExtension(
                            SubscriberOrganisation.EXTENSION_URL,
                            new StringType("urn:oid:2.16.578.1.12.4.1.4.101|" + organisationNumber));
        }
        return subscription;
    }

    /** Active in the database, which is what the notification outbox matches against. */
    void awaitActive(IIdType id) {
        Instant deadline = Instant.now().plusSeconds(30);
        while (client().read()
                        .resource(Subscription.class)
                        .withId(id.getIdPart())
                        .execute()
                        .getStatus()
                != Subscription.SubscriptionStatus.ACTIVE) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Subscription " + id + " did not become active");
            }
            sleep(100);
        }
    }

    /** A client that states who acts, as an EHR does in open mode (the X-Provenance header). */
    IGenericClient clientActingAs(Reference who, Reference onBehalfOf) {
        Provenance provenance = new Provenance();
        provenance.addAgent().setWho(who).setOnBehalfOf(onBehalfOf);
        AdditionalRequestHeadersInterceptor header = new AdditionalRequestHeadersInterceptor();
        header.addHeaderValue("X-Provenance", fhirContext.newJsonParser().encodeResourceToString(provenance));
        IGenericClient client = client();
        client.registerInterceptor(header);
        return client;
    }

    static Reference organisation(String organisationNumber) {
        return new Reference()
                .setIdentifier(new Identifier()
                        .setSystem("urn:oid:2.16.578.1.12.4.1.4.101")
                        .setValue(organisationNumber));
    }

    /** The id the server gave the entry at this position of a transaction. */
    static IIdType created(Bundle response, int index) {
        return new org.hl7.fhir.r4.model.IdType(
                response.getEntry().get(index).getResponse().getLocation());
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
