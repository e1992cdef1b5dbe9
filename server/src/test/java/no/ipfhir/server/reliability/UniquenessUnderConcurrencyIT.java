package no.ipfhir.server.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.ipfhir.server.kernel.IpCodes;
import no.ipfhir.server.support.Concurrently;
import no.ipfhir.server.support.ExamplePlans;
import no.ipfhir.server.support.FhirIntegrationTest;
import no.ipfhir.server.support.StoredPlan;
import no.ipfhir.server.support.SyntheticIds;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.CareTeam.CareTeamParticipantComponent;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The uniqueness rules hold when the competing writes arrive at the same moment, from the
 * koordinator's EHR over HTTP: exactly one wins, every other gets a 4xx OperationOutcome, and the
 * database holds exactly one.
 */
class UniquenessUnderConcurrencyIT extends FhirIntegrationTest {

    private static final int CLIENTS = 12;
    private static final String COORDINATOR_ORGANISATION = "urn:uuid:00000000-0000-4000-8001-000000000003";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Oslo"));

    private StoredPlan plan;
    private String coordinatorsEhr;

    /** The patient with consent and team, whose plan is still a draft: none of them has an active IP yet. */
    @BeforeEach
    void storeDraftPlan() {
        Bundle sent = ExamplePlans.fresh(fhirContext, ExamplePlans.STROKE_REHABILITATION);
        ExamplePlans.first(sent, CarePlan.class).setStatus(CarePlan.CarePlanStatus.DRAFT);
        plan = new StoredPlan(sent, client().transaction().withBundle(sent).execute(), client());
        String orgnr = ((Organization)
                        ExamplePlans.entry(sent, COORDINATOR_ORGANISATION).getResource())
                .getIdentifier().stream()
                        .filter(identifier -> SyntheticIds.ORGNR_SYSTEM.equals(identifier.getSystem()))
                        .map(Identifier::getValue)
                        .findFirst()
                        .orElseThrow();
        coordinatorsEhr = issuer().token("user/CarePlan.crs user/CareTeam.rus")
                .orgnr(orgnr)
                .sign();
    }

    @Test
    void ofConcurrentActiveIndividualPlansForOnePatientExactlyOneIsStored() {
        CarePlan draft = plan.read(CarePlan.class, plan.id("CarePlan"));

        List<HttpResponse<String>> responses = Concurrently.run(CLIENTS, client -> {
            CarePlan active = draft.copy();
            active.setId((String) null);
            active.getMeta().setVersionId(null).setLastUpdated(null);
            active.getIdentifierFirstRep().setValue(SyntheticIds.unique("ip-" + client));
            active.setStatus(CarePlan.CarePlanStatus.ACTIVE);
            return send(requestWith("/CarePlan", coordinatorsEhr)
                    .header("Content-Type", "application/fhir+json")
                    .header("Accept", "application/fhir+json")
                    .POST(HttpRequest.BodyPublishers.ofString(
                            fhirContext.newJsonParser().encodeResourceToString(active))));
        });

        Map<Integer, Long> statuses = statuses(responses);
        System.out.println(
                "Concurrent creates of an active IP for one patient: " + CLIENTS + " sent, answers " + statuses);
        assertThat(statuses).containsEntry(201, 1L);
        assertThat(statuses.get(409)).as(statuses.toString()).isEqualTo(CLIENTS - 1L);
        losers(responses, 201)
                .forEach(loser -> assertThat(loser.body()).contains("already has an active individual plan"));
        assertThat(activeIndividualPlans()).isEqualTo(1);
    }

    @Test
    void ofConcurrentChangesOfKoordinatorExactlyOneIsStored() {
        CareTeam team = plan.read(CareTeam.class, plan.id("CareTeam"));
        String professional =
                colleagueOfTheKoordinator(coordinators(team).get(0).getMember().getReference());

        List<HttpResponse<String>> responses = Concurrently.run(CLIENTS, client -> {
            CareTeam changed = team.copy();
            LocalDate takesOver = TODAY.minusDays(client);
            coordinators(changed)
                    .get(0)
                    .getPeriod()
                    .setEndElement(new DateTimeType(takesOver.minusDays(1).toString()));
            CareTeamParticipantComponent coordinator = changed.addParticipant();
            coordinator.addRole().addCoding().setSystem(IpCodes.ROLE_SYSTEM).setCode(IpCodes.COORDINATOR);
            coordinator.getMember().setReference(professional);
            coordinator.getPeriod().setStartElement(new DateTimeType(takesOver.toString()));
            changed.getMeta().setVersionId(null);
            return send(requestWith("/" + plan.id("CareTeam"), coordinatorsEhr)
                    .header("Content-Type", "application/fhir+json")
                    .header("Accept", "application/fhir+json")
                    .PUT(HttpRequest.BodyPublishers.ofString(
                            fhirContext.newJsonParser().encodeResourceToString(changed))));
        });

        Map<Integer, Long> statuses = statuses(responses);
        System.out.println("Concurrent changes of koordinator on one team: " + CLIENTS + " sent, answers " + statuses);
        assertThat(statuses).containsEntry(200, 1L);
        assertThat(statuses.keySet()).allMatch(status -> status == 200 || status == 409 || status == 422);
        CareTeam stored = fetch("/" + plan.id("CareTeam"), CareTeam.class);
        assertThat(stored.getMeta().getVersionId()).isEqualTo("2");
        assertThat(coordinators(stored)).hasSize(2);
        assertThat(coordinators(stored).stream().filter(c -> !c.getPeriod().hasEnd()))
                .hasSize(1);
    }

    /** Another professional at the koordinator's organisation, so the caller stays the koordinator's organisation. */
    private String colleagueOfTheKoordinator(String coordinatorRole) {
        PractitionerRole colleague =
                plan.read(PractitionerRole.class, coordinatorRole).copy();
        colleague.setId((String) null);
        colleague.getMeta().setVersionId(null).setLastUpdated(null);
        colleague.getIdentifierFirstRep().setValue(SyntheticIds.unique("role"));
        colleague.setText(null);
        return "PractitionerRole/"
                + client().create().resource(colleague).execute().getId().getIdPart();
    }

    private Map<Integer, Long> statuses(List<HttpResponse<String>> responses) {
        Map<Integer, Long> statuses = responses.stream()
                .collect(
                        Collectors.groupingBy(HttpResponse::statusCode, java.util.TreeMap::new, Collectors.counting()));
        assertThat(statuses.keySet()).as("no answer is a server error").allMatch(status -> status < 500);
        return statuses;
    }

    private List<HttpResponse<String>> losers(List<HttpResponse<String>> responses, int winner) {
        List<HttpResponse<String>> losers =
                responses.stream().filter(r -> r.statusCode() != winner).toList();
        losers.forEach(loser -> assertThat(fhirContext.newJsonParser().parseResource(loser.body()))
                .as(loser.body())
                .isInstanceOf(OperationOutcome.class));
        return losers;
    }

    private int activeIndividualPlans() {
        String category =
                URLEncoder.encode(IpCodes.PLAN_CATEGORY_SYSTEM + "|" + IpCodes.INDIVIDUAL_PLAN, StandardCharsets.UTF_8);
        Bundle found =
                fetch("/CarePlan?subject=" + plan.patientId() + "&status=active&category=" + category, Bundle.class);
        return found.getEntry().size();
    }

    private <T extends org.hl7.fhir.r4.model.Resource> T fetch(String path, Class<T> type) {
        HttpResponse<String> response =
                send(requestWith(path, coordinatorsEhr).header("Accept", "application/fhir+json"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return fhirContext.newJsonParser().parseResource(type, response.body());
    }

    private static List<CareTeamParticipantComponent> coordinators(CareTeam team) {
        return team.getParticipant().stream()
                .filter(p -> p.getRole().stream()
                        .flatMap(r -> r.getCoding().stream())
                        .anyMatch(c ->
                                IpCodes.ROLE_SYSTEM.equals(c.getSystem()) && IpCodes.COORDINATOR.equals(c.getCode())))
                .collect(Collectors.toList());
    }
}
