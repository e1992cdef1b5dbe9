package no.ipfhir.server.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import javax.sql.DataSource;
import no.ipfhir.server.audit.AuditTrailStore;
import no.ipfhir.server.support.FhirIntegrationTest;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every access is recorded as an AuditEvent, and the patient reads who accessed their plan. Events are queued
 * before the answer and stored as AuditEvents within {@code fhir.audit.store-interval} (500 ms), so the tests
 * wait for them (up to 10 s).
 */
class AuditTrailIT extends FhirIntegrationTest {

    private static final String JSON = "application/fhir+json";

    @Autowired
    private AuditTrailStore store;

    @Autowired
    private DataSource dataSource;

    @Test
    void patientSeesWhichOrganisationReadTheirPlan() {
        AccessWorld world = new AccessWorld(fhirContext, client());
        String municipality = issuer().token("user/*.rs")
                .orgnr(world.municipalityOrgnr)
                .clientId("kommune-ehr")
                .sign();
        assertThat(get("/CarePlan/" + world.a.carePlanId(), municipality).statusCode())
                .isEqualTo(200);

        AuditEvent event = awaitEvent(
                world,
                e -> hasAgentWithOrgnr(e, world.municipalityOrgnr)
                        && e.getOutcome() == AuditEvent.AuditEventOutcome._0);

        assertThat(event.getAction()).isEqualTo(AuditEvent.AuditEventAction.R);
        assertThat(event.getAgent())
                .anySatisfy(agent ->
                        assertThat(agent.getWho().getIdentifier().getValue()).isEqualTo("kommune-ehr"));
        assertThat(event.getEntity())
                .anySatisfy(entity ->
                        assertThat(entity.getWhat().getReference()).isEqualTo("CarePlan/" + world.a.carePlanId()));
        assertThat(event.getSubtypeFirstRep().getCode()).isEqualTo("read");
        assertThat(event.getAgent())
                .anySatisfy(agent -> assertThat(agent.getRequestor()).isTrue());
    }

    @Test
    void refusedAttemptByAnOutsiderIsRecordedForThePatient() {
        AccessWorld world = new AccessWorld(fhirContext, client());
        String outsider =
                issuer().token("user/*.rs").orgnr(world.otherMunicipalityOrgnr).sign();
        assertThat(get("/CarePlan/" + world.a.carePlanId(), outsider).statusCode())
                .isEqualTo(404);

        AuditEvent event = awaitEvent(world, e -> hasAgentWithOrgnr(e, world.otherMunicipalityOrgnr));

        assertThat(event.getOutcome()).isEqualTo(AuditEvent.AuditEventOutcome._4);
    }

    @Test
    void clientsCannotWriteOrChangeTheAuditTrail() {
        AuditEvent forged = new AuditEvent();
        forged.setType(new org.hl7.fhir.r4.model.Coding(
                "http://terminology.hl7.org/CodeSystem/audit-event-type", "rest", null));
        forged.setRecorded(new java.util.Date());
        forged.addAgent().setRequestor(true);
        forged.getSource().setObserver(new org.hl7.fhir.r4.model.Reference().setDisplay("forged"));

        HttpResponse<String> response = send(request("/AuditEvent")
                .header("Content-Type", JSON)
                .POST(HttpRequest.BodyPublishers.ofString(
                        fhirContext.newJsonParser().encodeResourceToString(forged))));

        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void anAnsweredReadIsOnRecordEvenWhileNoEventIsStoredAndReachesTheTrailOnceTheyAre() {
        AccessWorld world = new AccessWorld(fhirContext, client());
        String marker = "audit-" + UUID.randomUUID();
        String municipality = issuer().token("user/*.rs")
                .orgnr(world.municipalityOrgnr)
                .claim("sub", marker)
                .sign();
        JdbcTemplate database = new JdbcTemplate(dataSource);
        store.stop();
        try {
            assertThat(get("/CarePlan/" + world.a.carePlanId(), municipality).statusCode())
                    .isEqualTo(200);
            // What a crash would leave: the event, in the database, not yet an AuditEvent.
            assertThat(database.queryForObject(
                            "SELECT COUNT(*) FROM IP_AUDIT_QUEUE WHERE EVENT LIKE ?", Long.class, "%" + marker + "%"))
                    .isEqualTo(1);
        } finally {
            store.start();
        }

        AuditEvent event = awaitEvent(world, e -> e.getAgent().stream()
                .anyMatch(agent -> marker.equals(agent.getWho().getIdentifier().getValue())));

        assertThat(event.getOutcome()).isEqualTo(AuditEvent.AuditEventOutcome._0);
        assertThat(database.queryForObject(
                        "SELECT COUNT(*) FROM IP_AUDIT_QUEUE WHERE EVENT LIKE ?", Long.class, "%" + marker + "%"))
                .as("stored and removed from the queue in one transaction")
                .isZero();
    }

    /**
     * A request without a token, and one with a forged token, are refused (401) and recorded: method, path,
     * network address, why — but not the query (which here carries the patient's fødselsnummer), not the
     * token, and no patient, so the event is in no patient's trail.
     */
    @Test
    void requestsRefusedForWantOfAValidTokenAreAuditedWithoutNamingAnyone() {
        AccessWorld world = new AccessWorld(fhirContext, client());
        String path = "/CarePlan/" + world.a.carePlanId();
        String query = "?subject.identifier=" + world.a.fnr();
        String forged = issuer().token("user/*.rs")
                .orgnr(world.municipalityOrgnr)
                .forged()
                .sign();

        assertThat(send(requestWith(path + query, null).header("Accept", JSON)).statusCode())
                .isEqualTo(401);
        assertThat(send(requestWith(path + query, forged).header("Accept", JSON))
                        .statusCode())
                .isEqualTo(401);

        List<AuditEvent> refused = awaitRefused("/fhir" + path, 2);
        assertThat(refused).allSatisfy(event -> {
            assertThat(event.getOutcome()).isEqualTo(AuditEvent.AuditEventOutcome._4);
            assertThat(event.getOutcomeDesc()).startsWith("Authentication refused");
            assertThat(event.getEntity())
                    .noneSatisfy(entity ->
                            assertThat(entity.getWhat().getReference()).startsWith("Patient/"));
            String stored = fhirContext.newJsonParser().encodeResourceToString(event);
            assertThat(stored).doesNotContain(world.a.fnr()).doesNotContain(forged);
        });
        HttpResponse<String> trail = get(
                "/AuditEvent?patient=Patient/" + world.a.patientId() + "&_count=200",
                issuer().token("patient/*.rs").patient(world.a.patientId()).sign());
        assertThat(trail.body()).doesNotContain("Authentication refused");
    }

    /** The refused requests to this path, as the operators' back end reads them. */
    private List<AuditEvent> awaitRefused(String path, int atLeast) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (true) {
            HttpResponse<String> response =
                    send(request("/AuditEvent?outcome=4&_sort=-date&_count=100").header("Accept", JSON));
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            List<AuditEvent> events =
                    fhirContext.newJsonParser().parseResource(Bundle.class, response.body()).getEntry().stream()
                            .map(e -> (AuditEvent) e.getResource())
                            .filter(e -> e.getEntity().stream()
                                    .anyMatch(entity -> entity.hasQuery()
                                            && path.equals(new String(
                                                    entity.getQuery(), java.nio.charset.StandardCharsets.UTF_8))))
                            .toList();
            if (events.size() >= atLeast) {
                return events;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Found " + events.size() + " refused requests to " + path);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private AuditEvent awaitEvent(AccessWorld world, Predicate<AuditEvent> wanted) {
        String patientToken =
                issuer().token("patient/*.rs").patient(world.a.patientId()).sign();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (true) {
            HttpResponse<String> response =
                    get("/AuditEvent?patient=Patient/" + world.a.patientId() + "&_count=200", patientToken);
            assertThat(response.statusCode()).isEqualTo(200);
            List<AuditEvent> events =
                    fhirContext.newJsonParser().parseResource(Bundle.class, response.body()).getEntry().stream()
                            .map(e -> (AuditEvent) e.getResource())
                            .toList();
            assertThat(events).allSatisfy(e -> assertThat(e.getEntity())
                    .anySatisfy(entity ->
                            assertThat(entity.getWhat().getReference()).isEqualTo("Patient/" + world.a.patientId())));
            var found = events.stream().filter(wanted).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("No such AuditEvent in the patient's trail: " + events.size() + " events");
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static boolean hasAgentWithOrgnr(AuditEvent event, String orgnr) {
        return event.getAgent().stream()
                .anyMatch(agent -> orgnr.equals(agent.getWho().getIdentifier().getValue()));
    }

    private HttpResponse<String> get(String path, String token) {
        return send(requestWith(path, token).header("Accept", JSON));
    }
}
