package no.ipfhir.server.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import no.ipfhir.server.support.FhirIntegrationTest;
import no.ipfhir.server.support.NotificationReceiver;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Meta;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Subscription;
import org.junit.jupiter.api.Test;

/**
 * One plan's lifecycle through HAPI's generic client, each organisation with its own EHR user token: the
 * municipality starts the plan in one transaction and adds the hospital to the ansvarsgruppe; the hospital,
 * unknown to the plan before, reads it, adds a goal and subscribes to goal changes; when the municipality
 * evaluates that goal, the hospital's EHR is notified.
 */
class PlanLifecycleIT extends FhirIntegrationTest {

    private static final String HOSPITAL = "urn:uuid:00000000-0000-4000-8001-000000000004";
    private static final String ROLE = "https://ip-fhir.org/fhir/CodeSystem/no-ip-rolle";

    @Test
    void aHospitalJoinsAddsAGoalSubscribesAndIsNotifiedOfTheGoalsEvaluation() {
        PlanStartIT.PlanRequest request = PlanStartIT.planRequest(fhirContext, client());
        IGenericClient municipality = clientWith(issuer().token("user/*.cruds")
                .orgnr(request.orgnr(PlanStartIT.MANAGING_UNIT))
                .clientId("kommune-ehr")
                .sign());
        IGenericClient hospital = clientWith(issuer().token("user/*.cruds")
                .orgnr(request.orgnr(HOSPITAL))
                .clientId("sykehus-dips")
                .sign());

        Bundle started =
                municipality.transaction().withBundle(request.transaction()).execute();
        String planId = created(started, "CarePlan");
        String teamId = created(started, "CareTeam");
        String patientId = created(started, "Patient");
        assertThatThrownBy(() ->
                        hospital.read().resource(CarePlan.class).withId(planId).execute())
                .as("before it joins")
                .isInstanceOf(ResourceNotFoundException.class);

        CareTeam team =
                municipality.read().resource(CareTeam.class).withId(teamId).execute();
        team.addParticipant()
                .setMember(new Reference(request.id(HOSPITAL)))
                .setPeriod(new Period()
                        .setStartElement(new DateTimeType(
                                LocalDate.now(ZoneId.of("Europe/Oslo")).toString())))
                .addRole(new CodeableConcept(new Coding(ROLE, "tjenesteyter", null)));
        municipality.update().resource(team).execute();

        assertThat(hospital.read()
                        .resource(CarePlan.class)
                        .withId(planId)
                        .execute()
                        .getTitle())
                .isEqualTo("Individuell plan for Per Hansen");
        Goal template = (Goal) hospital.search()
                .forResource(Goal.class)
                .where(Goal.PATIENT.hasId("Patient/" + patientId))
                .returnBundle(Bundle.class)
                .execute()
                .getEntryFirstRep()
                .getResource();
        Goal goal = template.copy();
        goal.setId((String) null);
        goal.setMeta(new Meta().setProfile(template.getMeta().getProfile()));
        goal.setText(null);
        goal.getIdentifier().clear();
        goal.addIdentifier(new Identifier()
                .setSystem("https://id.fjordvik-sykehus.example/mal")
                .setValue("m-" + UUID.randomUUID()));
        goal.getDescription().setText("Gå i trapper uten støtte før utskrivning");
        String goalId = hospital.create()
                .resource(goal)
                .execute()
                .getId()
                .toUnqualifiedVersionless()
                .getIdPart();

        try (NotificationReceiver ehr = NotificationReceiver.started(fhirContext)) {
            Subscription subscription = new Subscription();
            subscription.setStatus(Subscription.SubscriptionStatus.REQUESTED);
            subscription.setReason("Varsle sykehusets journalsystem om endringer i mål");
            subscription.setCriteria("Goal?");
            subscription
                    .getChannel()
                    .setType(Subscription.SubscriptionChannelType.RESTHOOK)
                    .setEndpoint(ehr.url("/mal"));
            IdType subscriptionId = (IdType)
                    hospital.create().resource(subscription).execute().getId().toUnqualifiedVersionless();
            try {
                awaitActive(hospital, subscriptionId);

                Goal evaluated =
                        municipality.read().resource(Goal.class).withId(goalId).execute();
                evaluated
                        .getAchievementStatus()
                        .getCodingFirstRep()
                        .setSystem("http://terminology.hl7.org/CodeSystem/goal-achievement")
                        .setCode("improving");
                municipality.update().resource(evaluated).execute();
                String version = municipality
                        .read()
                        .resource(Goal.class)
                        .withId(goalId)
                        .execute()
                        .getMeta()
                        .getVersionId();

                ehr.awaitFocus("Goal/" + goalId + "/_history/" + version, Duration.ofSeconds(20));
            } finally {
                Subscription off = hospital.read()
                        .resource(Subscription.class)
                        .withId(subscriptionId.getIdPart())
                        .execute();
                hospital.update()
                        .resource(off.setStatus(Subscription.SubscriptionStatus.OFF))
                        .execute();
            }
        }
    }

    private static void awaitActive(IGenericClient owner, IdType id) {
        Instant deadline = Instant.now().plusSeconds(30);
        while (owner.read()
                        .resource(Subscription.class)
                        .withId(id.getIdPart())
                        .execute()
                        .getStatus()
                != Subscription.SubscriptionStatus.ACTIVE) {
            assertThat(Instant.now()).as(id + " active").isBefore(deadline);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static String created(Bundle response, String type) {
        return response.getEntry().stream()
                .map(entry -> new IdType(entry.getResponse().getLocation()))
                .filter(id -> type.equals(id.getResourceType()))
                .findFirst()
                .orElseThrow()
                .getIdPart();
    }
}
