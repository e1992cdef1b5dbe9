package no.ipfhir.server.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import no.ipfhir.server.plan.PlanView;
import no.ipfhir.server.support.FhirIntegrationTest;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Goal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code Patient/{id}/$ip-plan}, the patient's plan from the precomputed view: for every caller it answers what
 * the patient app's "my plan" search answers that caller (the same resources, versions and search modes, the
 * access rules and consent applied alike), a write empties the view in its transaction so the next read shows
 * it, and every read is in the patient's audit trail.
 */
class PlanViewIT extends FhirIntegrationTest {

    private static final String MY_PLAN_SEARCH = "/CarePlan?patient=%s&_include=CarePlan:goal"
            + "&_include=CarePlan:care-team&_include=CarePlan:activity-reference&_count=200";

    @Autowired
    private DataSource dataSource;

    @Autowired
    private PlanView view;

    @Test
    void everyCallerGetsFromTheViewWhatTheMyPlanSearchGivesThem() {
        AccessWorld world = new AccessWorld(fhirContext, client());
        Map<String, String> callers = Map.of(
                "the patient's app", patientToken(world.a.patientId()),
                "the coordinating municipality", userToken(world.municipalityOrgnr),
                "NAV, whom the consent denies the goal evaluations", userToken(world.navOrgnr),
                "the GP", userToken(world.gpOrgnr),
                "the hospital whose participation ended", userToken(world.endedHospitalOrgnr));

        for (Map.Entry<String, String> caller : callers.entrySet()) {
            HttpResponse<String> search = get(String.format(MY_PLAN_SEARCH, world.a.patientId()), caller.getValue());
            if (search.statusCode() == 403) {
                // The search is narrowed to the patients the caller reaches; this one is not among them.
                assertThat(get(myPlan(world.a.patientId()), caller.getValue()).statusCode())
                        .as(caller.getKey())
                        .isEqualTo(404);
                continue;
            }
            List<String> searched = entries(search);
            // The first read builds the view, the second is served from it.
            List<String> built = entries(get(myPlan(world.a.patientId()), caller.getValue()));
            List<String> fromView = entries(get(myPlan(world.a.patientId()), caller.getValue()));

            assertThat(built).as(caller.getKey()).isEqualTo(searched);
            assertThat(fromView).as(caller.getKey()).isEqualTo(searched);
        }
        assertThat(versionless(get(myPlan(world.a.patientId()), patientToken(world.a.patientId()))))
                .as("the patient sees the plan, its goals and its team")
                .contains(
                        "CarePlan/" + world.a.carePlanId() + " match",
                        "Goal/" + world.a.goalId() + " include",
                        "CareTeam/" + world.a.careTeamId() + " include");
        assertThat(storedView(world.a.patientId())).as("the view is stored").isNotNull();
    }

    @Test
    void anotherPatientsPlanAndAnUnknownPatientAnswerLikeAReadOfNothing() {
        AccessWorld world = new AccessWorld(fhirContext, client());

        assertThat(get(myPlan(world.b.patientId()), patientToken(world.a.patientId()))
                        .statusCode())
                .isEqualTo(404);
        assertThat(get(myPlan(world.a.patientId()), userToken(world.otherMunicipalityOrgnr))
                        .statusCode())
                .as("an organisation that takes no part in the plan")
                .isEqualTo(404);
        assertThat(get(myPlan("no-such-patient"), issuer().systemToken()).statusCode())
                .isEqualTo(404);
        assertThat(storedView("no-such-patient"))
                .as("no view is made for an unknown patient")
                .isNull();
    }

    @Test
    void aWriteIsInTheNextReadAndAReadOfTheViewIsAudited() {
        AccessWorld world = new AccessWorld(fhirContext, client());
        String marker = "plan-view-" + UUID.randomUUID();
        String patient = issuer().token("openid fhirUser launch/patient patient/*.rs")
                .patient(world.a.patientId())
                .fhirUser("Patient/" + world.a.patientId())
                .clientId("ip-pasientapp")
                .claim("sub", marker)
                .sign();
        assertThat(versionless(get(myPlan(world.a.patientId()), patient)))
                .contains("Goal/" + world.a.goalId() + " include");
        assertThat(storedView(world.a.patientId())).isNotNull();

        String municipality = userToken(world.municipalityOrgnr, "user/*.cruds");
        Goal goal = clientWith(municipality)
                .read()
                .resource(Goal.class)
                .withId(world.a.goalId())
                .execute();
        goal.getDescription().setText("Gå tur med hunden rundt vannet, 2 km");
        String version = clientWith(municipality)
                .update()
                .resource(goal)
                .execute()
                .getId()
                .getVersionIdPart();

        assertThat(storedView(world.a.patientId()))
                .as("the write emptied the view before it committed")
                .isNull();
        HttpResponse<String> read = get(myPlan(world.a.patientId()), patient);
        assertThat(entries(read)).contains("Goal/" + world.a.goalId() + "/_history/" + version + " include");
        assertThat(read.body()).contains("Gå tur med hunden rundt vannet, 2 km");

        AuditEvent event = awaitEvent(world.a.patientId(), marker);
        assertThat(event.getSubtypeFirstRep().getCode()).isEqualTo("operation");
        assertThat(event.getOutcome()).isEqualTo(AuditEvent.AuditEventOutcome._0);
    }

    /**
     * Reads racing writes: whatever interleaving, once the writes have committed the view answers what the
     * search does. A read that built the view from what it read before a write committed must not store it.
     */
    @Test
    void readsRacingWritesNeverLeaveAStaleView() throws Exception {
        AccessWorld world = new AccessWorld(fhirContext, client());
        String patient = patientToken(world.a.patientId());
        String municipality = userToken(world.municipalityOrgnr, "user/*.cruds");
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<?>> work = new ArrayList<>();
            work.add(pool.submit(() -> {
                for (int i = 0; i < 8; i++) {
                    Goal goal = clientWith(municipality)
                            .read()
                            .resource(Goal.class)
                            .withId(world.a.goalId())
                            .execute();
                    goal.getNoteFirstRep().setText("Evaluering " + i);
                    clientWith(municipality).update().resource(goal).execute();
                }
                return null;
            }));
            for (int reader = 0; reader < 2; reader++) {
                work.add(pool.submit(() -> {
                    for (int i = 0; i < 15; i++) {
                        assertThat(get(myPlan(world.a.patientId()), patient).statusCode())
                                .isEqualTo(200);
                    }
                    return null;
                }));
            }
            for (Future<?> done : work) {
                done.get();
            }
        } finally {
            pool.shutdownNow();
        }

        List<String> searched = entries(get(String.format(MY_PLAN_SEARCH, world.a.patientId()), patient));
        assertThat(entries(get(myPlan(world.a.patientId()), patient))).isEqualTo(searched);
        assertThat(entries(get(myPlan(world.a.patientId()), patient))).isEqualTo(searched);
    }

    /** The guard itself: a view built from what was read before a write committed is refused, a fresh one kept. */
    @Test
    void aViewBuiltBeforeAWriteCommittedIsNotStored() {
        AccessWorld world = new AccessWorld(fhirContext, client());
        String patientId = world.a.patientId();
        String municipality = userToken(world.municipalityOrgnr, "user/*.cruds");
        PlanView.Row before = view.row(patientId);

        Goal goal = clientWith(municipality)
                .read()
                .resource(Goal.class)
                .withId(world.a.goalId())
                .execute();
        goal.getNoteFirstRep().setText("Evaluert etter at leseren begynte");
        clientWith(municipality).update().resource(goal).execute();

        assertThat(view.store(patientId, before.generation(), "{\"stale\":true}", System.currentTimeMillis()))
                .as("the write raised the generation the reader saw")
                .isFalse();
        assertThat(storedView(patientId)).isNull();
        PlanView.Row after = view.row(patientId);
        assertThat(after.generation()).isGreaterThan(before.generation());
        assertThat(view.store(patientId, after.generation(), "{\"fresh\":true}", System.currentTimeMillis()))
                .isTrue();
        // Put right what this test stored by hand: the next write empties it, as any write does.
        Goal current = clientWith(municipality)
                .read()
                .resource(Goal.class)
                .withId(world.a.goalId())
                .execute();
        current.getNoteFirstRep().setText("Evaluert igjen");
        clientWith(municipality).update().resource(current).execute();
        assertThat(storedView(patientId)).isNull();
    }

    private static String myPlan(String patientId) {
        return "/Patient/" + patientId + "/$ip-plan";
    }

    private String patientToken(String patientId) {
        return issuer().token("openid fhirUser launch/patient patient/*.rs")
                .patient(patientId)
                .fhirUser("Patient/" + patientId)
                .clientId("ip-pasientapp")
                .sign();
    }

    private String userToken(String orgnr) {
        return userToken(orgnr, "user/*.rs");
    }

    private String userToken(String orgnr, String scope) {
        return issuer().token(scope).orgnr(orgnr).clientId("kommune-ehr").sign();
    }

    private HttpResponse<String> get(String path, String token) {
        return send(requestWith(path, token)
                .header("Accept", "application/fhir+json")
                .GET());
    }

    /** Each entry as {@code Type/id/_history/version mode}, sorted; the answer must be a 200 searchset. */
    private List<String> entries(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        Bundle bundle = fhirContext.newJsonParser().parseResource(Bundle.class, response.body());
        assertThat(bundle.getType()).isEqualTo(Bundle.BundleType.SEARCHSET);
        TreeSet<String> entries = new TreeSet<>();
        for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
            entries.add(entry.getResource().fhirType() + "/"
                    + entry.getResource().getIdElement().getIdPart()
                    + "/_history/" + entry.getResource().getMeta().getVersionId()
                    + " " + entry.getSearch().getMode().toCode());
        }
        long plans = bundle.getEntry().stream()
                .filter(entry -> entry.getSearch().getMode() == Bundle.SearchEntryMode.MATCH)
                .count();
        assertThat(bundle.getTotal()).as("total counts the plans").isEqualTo((int) plans);
        return List.copyOf(entries);
    }

    /** The entries without their versions. */
    private List<String> versionless(HttpResponse<String> response) {
        return entries(response).stream()
                .map(entry -> entry.replaceFirst("/_history/[^ ]+", ""))
                .toList();
    }

    private String storedView(String patientId) {
        List<String> views = new JdbcTemplate(dataSource)
                .query(
                        "SELECT VIEW_JSON FROM IP_PLAN_VIEW WHERE PATIENT_ID = ?",
                        (rs, i) -> rs.getString(1),
                        patientId);
        return views.isEmpty() ? null : views.get(0);
    }

    private AuditEvent awaitEvent(String patientId, String subject) {
        String patientToken = patientToken(patientId);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
        while (true) {
            HttpResponse<String> response =
                    get("/AuditEvent?patient=Patient/" + patientId + "&_count=200", patientToken);
            assertThat(response.statusCode()).isEqualTo(200);
            var found = fhirContext.newJsonParser().parseResource(Bundle.class, response.body()).getEntry().stream()
                    .map(e -> (AuditEvent) e.getResource())
                    .filter(e -> e.getAgent().stream()
                            .anyMatch(agent -> subject.equals(
                                    agent.getWho().getIdentifier().getValue())))
                    .filter(e -> e.getEntity().stream()
                            .anyMatch(entity -> entity.getWhat().getReference() != null
                                    && entity.getWhat().getReference().startsWith("Patient/" + patientId)))
                    .findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            assertThat(Instant.now())
                    .as("an AuditEvent of the read by " + subject)
                    .isBefore(deadline);
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
