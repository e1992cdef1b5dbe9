package no.ipfhir.server.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import no.ipfhir.server.support.ExamplePlans;
import no.ipfhir.server.support.NotificationReceiver;
import org.hl7.fhir.instance.model.api.IIdType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.junit.jupiter.api.Test;

/** Rest-hook subscriptions: id-only notifications, retries, and the endpoint allow-list. */
class SubscriptionDeliveryIT extends ExchangeTest {

    private static final String PLAN = "urn:uuid:00000000-0000-4000-8001-000000000099";

    @Test
    void planChangeIsNotifiedWithItsIdAndVersionButNotItsContent() {
        Bundle example = ExamplePlans.fresh(fhirContext, "ip-a-hjerneslag");
        try (NotificationReceiver ehr = NotificationReceiver.started(fhirContext)) {
            subscribe("CarePlan?identifier=" + planIdentifier(example), ehr.url("/varsel"), null);

            Bundle response = client().transaction().withBundle(example).execute();
            IIdType plan = created(response, response.getEntry().size() - 1);
            CarePlan stored = client().read()
                    .resource(CarePlan.class)
                    .withId(plan.getIdPart())
                    .execute();
            stored.setDescription("Revidert etter evalueringsmøtet");
            client().update().resource(stored).execute();

            ehr.awaitFocus(plan.toVersionless().getValue() + "/_history/1", DELIVERY);
            NotificationReceiver.Notification update =
                    ehr.awaitFocus(plan.toVersionless().getValue() + "/_history/2", DELIVERY);
            assertThat(update.path()).isEqualTo("/varsel");
            assertThat(update.carried()).containsExactly("Parameters");
        }
    }

    @Test
    void receiverThatIsDownGetsTheNotificationOnceItIsBack() {
        Bundle example = ExamplePlans.fresh(fhirContext, "ip-a-hjerneslag");
        try (NotificationReceiver ehr = NotificationReceiver.notYetStarted(fhirContext)) {
            subscribe("CarePlan?identifier=" + planIdentifier(example), ehr.url("/varsel"), null);

            Bundle response = client().transaction().withBundle(example).execute();
            IIdType plan = created(response, response.getEntry().size() - 1);
            sleep(2_000);
            assertThat(ehr.received()).isEmpty();
            ehr.start();

            ehr.awaitFocus(plan.toVersionless().getValue() + "/_history/1", DELIVERY);
        }
    }

    @Test
    void subscriptionToAnEndpointNotOnTheAllowListIsRefused() {
        String body = fhirContext
                .newJsonParser()
                .encodeResourceToString(
                        subscription("CarePlan?status=active", "http://169.254.169.254/latest/meta-data", null));

        HttpResponse<String> response = send(request("/Subscription")
                .header("Content-Type", "application/fhir+json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));

        assertThat(response.statusCode()).isEqualTo(422);
        OperationOutcome outcome =
                (OperationOutcome) fhirContext.newJsonParser().parseResource(response.body());
        assertThat(outcome.getIssueFirstRep().getExpression())
                .extracting(Object::toString)
                .containsExactly("Subscription.channel.endpoint");
        assertThat(outcome.getIssueFirstRep().getDiagnostics()).contains("not on this server's list of allowed");
    }

    @Test
    void subscriptionRestrictedToAnOrganisationWithoutAnIdentifierIsRefused() {
        var subscription = subscription("CarePlan?status=active", "http://localhost:9/varsel", null);
        subscription
                .getChannel()
                .addExtension(SubscriberOrganisation.EXTENSION_URL, new Identifier().setValue("991000046"));

        HttpResponse<String> response = send(request("/Subscription")
                .header("Content-Type", "application/fhir+json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        fhirContext.newJsonParser().encodeResourceToString(subscription))));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("system|value");
    }

    private static String planIdentifier(Bundle example) {
        Identifier identifier = ((CarePlan) ExamplePlans.entry(example, PLAN).getResource()).getIdentifierFirstRep();
        return identifier.getSystem() + "|" + identifier.getValue();
    }
}
