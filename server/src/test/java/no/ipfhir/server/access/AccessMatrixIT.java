package no.ipfhir.server.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import no.ipfhir.server.support.FhirIntegrationTest;
import no.ipfhir.server.support.TestIssuer;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every actor against every kind of interaction, over HTTP with real signed tokens: who gets what, and
 * that no response to anyone contains data of a patient that actor may not reach (0 leaks). See
 * {@link AccessWorld} for the plans and actors.
 */
class AccessMatrixIT extends FhirIntegrationTest {

    private static AccessWorld world;

    enum Patient {
        A,
        B,
        D
    }

    enum Actor {
        PATIENT_A(true, EnumSet.of(Patient.A), false),
        PATIENT_B(true, EnumSet.of(Patient.B), false),
        RELATIVE_WITH_CONSENT(true, EnumSet.of(Patient.A), false),
        RELATIVE_WITHOUT_CONSENT(true, EnumSet.noneOf(Patient.class), false),
        PARTICIPATING_HOSPITAL(true, EnumSet.of(Patient.B), true),
        PARTICIPATING_MUNICIPALITY(true, EnumSet.of(Patient.A), true),
        NON_PARTICIPATING_MUNICIPALITY(true, EnumSet.of(Patient.D), true),
        HOSPITAL_WHOSE_PARTICIPATION_ENDED(true, EnumSet.noneOf(Patient.class), true),
        SYSTEM_BACKEND(true, EnumSet.allOf(Patient.class), true),
        /** system/ scopes, no organisation, a client id not in FHIR_SECURITY_SYSTEM_CLIENTS: refused everything. */
        UNLISTED_SYSTEM_CLIENT(true, EnumSet.noneOf(Patient.class), false),
        EXPIRED_TOKEN(false, EnumSet.noneOf(Patient.class), false),
        FORGED_TOKEN(false, EnumSet.noneOf(Patient.class), false),
        WRONG_AUDIENCE(false, EnumSet.noneOf(Patient.class), false),
        NO_TOKEN(false, EnumSet.noneOf(Patient.class), false);

        final boolean authenticated;
        final Set<Patient> reaches;
        final boolean writes;

        Actor(boolean authenticated, Set<Patient> reaches, boolean writes) {
            this.authenticated = authenticated;
            this.reaches = reaches;
            this.writes = writes;
        }
    }

    enum Interaction {
        READ_PLAN_A,
        READ_PLAN_B,
        VREAD_PLAN_A,
        HISTORY_OF_PLAN_A,
        READ_PATIENT_A,
        READ_UNKNOWN_PLAN,
        SEARCH_ALL_PLANS,
        SEARCH_PLAN_A_WITH_INCLUDES,
        PATIENT_A_WITH_REVINCLUDES,
        CHAIN_TO_PATIENT_B_FNR,
        HAS_PLAN_B,
        BATCH_READING_PLAN_B,
        NEXT_PAGE_OF_A_SEARCH_FOR_B,
        AUDIT_TRAIL_OF_A,
        SYSTEM_HISTORY,
        COUNT_ABOVE_CAP,
        UPDATE_PLAN_A,
        MOVE_GOAL_OF_A_TO_B,
        TRANSACTION_ADDING_GOAL_FOR_B,
        PROVENANCE_OF_TEAM_A,
        TEAM_A_WITH_ITS_PROVENANCE,
        AUDIT_TRAIL_OF_B,
        PATIENT_B_WITH_EVERYTHING_REVINCLUDED,
        REWRITE_CONSENT_OF_A,
        EVERYTHING_OF_PATIENT_A,
        META_ADD_ON_PLAN_A,
        COMMUNICATION_ABOUT_A_BASED_ON_PLAN_B,
        SUBSCRIBE_FOR_THE_HOSPITAL
    }

    /** Interactions whose answers must not even name an unreachable patient's id. */
    private static final Set<Interaction> NAME_NO_OTHER_PATIENT = EnumSet.of(
            Interaction.PROVENANCE_OF_TEAM_A,
            Interaction.TEAM_A_WITH_ITS_PROVENANCE,
            Interaction.AUDIT_TRAIL_OF_B,
            Interaction.PATIENT_B_WITH_EVERYTHING_REVINCLUDED);

    /**
     * Searches whose parameters point at another patient's data, or whose includes could drag it in (through
     * AuditEvent, Provenance, Communication, {@code _include=*}, {@code _revinclude=*}). Each names the patient
     * whose data it asks for: the actor gets it only when it reaches that patient.
     */
    enum Probe {
        GOALS_BY_SUBJECT_B(Patient.B, w -> "/Goal?subject=Patient/" + w.b.patientId()),
        CAREPLANS_BY_PATIENT_B(Patient.B, w -> "/CarePlan?patient=Patient/" + w.b.patientId()),
        CARETEAMS_BY_SUBJECT_B(Patient.B, w -> "/CareTeam?subject=Patient/" + w.b.patientId()),
        CONSENTS_BY_PATIENT_B(Patient.B, w -> "/Consent?patient=Patient/" + w.b.patientId()),
        TILTAK_BY_SUBJECT_B(Patient.B, w -> "/ServiceRequest?subject=Patient/" + w.b.patientId()),
        OBSERVATIONS_BY_SUBJECT_B(Patient.B, w -> "/Observation?subject=Patient/" + w.b.patientId()),
        CONDITIONS_BY_SUBJECT_B(Patient.B, w -> "/Condition?subject=Patient/" + w.b.patientId()),
        RELATIVES_OF_B(Patient.B, w -> "/RelatedPerson?patient=Patient/" + w.b.patientId()),
        PROVENANCE_BY_PATIENT_B(Patient.B, w -> "/Provenance?patient=Patient/" + w.b.patientId()),
        PROVENANCE_OF_PLAN_B(Patient.B, w -> "/Provenance?target=CarePlan/" + w.b.carePlanId()),
        AUDIT_EVENTS_BY_ENTITY_B(Patient.B, w -> "/AuditEvent?entity=Patient/" + w.b.patientId() + "&_count=200"),
        AUDIT_EVENTS_BY_AGENT_B(Patient.B, w -> "/AuditEvent?agent=Patient/" + w.b.patientId() + "&_count=200"),
        COMMUNICATIONS_ABOUT_B(Patient.B, w -> "/Communication?subject=Patient/" + w.b.patientId()),
        COMMUNICATIONS_BASED_ON_PLAN_B(Patient.B, w -> "/Communication?based-on=CarePlan/" + w.b.carePlanId()),
        GOALS_CHAINED_TO_THE_FNR_OF_B(
                Patient.B, w -> "/Goal?subject:Patient.identifier=" + fnrSystem(w.b) + "%7C" + w.b.fnr()),
        PATIENT_BY_THE_FNR_OF_B(Patient.B, w -> "/Patient?identifier=" + fnrSystem(w.b) + "%7C" + w.b.fnr()),
        PATIENT_HAVING_GOAL_OF_B(Patient.B, w -> "/Patient?_has:Goal:subject:_id=" + w.b.goalId()),
        PLANS_BY_GOAL_OF_B(Patient.B, w -> "/CarePlan?goal=Goal/" + w.b.goalId()),
        PLANS_BY_TEAM_OF_B(Patient.B, w -> "/CarePlan?care-team=CareTeam/" + w.b.careTeamId()),
        TEAM_B_WITH_EVERYTHING_REVINCLUDED(
                Patient.B, w -> "/CareTeam?_id=" + w.b.careTeamId() + "&_revinclude=*&_count=200"),
        PLAN_B_WITH_PROVENANCE_COMMUNICATION_AND_AUDIT(
                Patient.B,
                w -> "/CarePlan?_id=" + w.b.carePlanId()
                        + "&_revinclude=Provenance:target&_revinclude=Communication:based-on"
                        + "&_revinclude=AuditEvent:entity",
                true),
        AUDIT_TRAIL_WITH_ITS_PATIENTS_INCLUDED(
                null, w -> "/AuditEvent?_count=200&_include=AuditEvent:patient&_include=AuditEvent:entity"),
        PROVENANCE_WITH_ITS_TARGETS_INCLUDED(
                null, w -> "/Provenance?_count=200&_include=Provenance:target&_include=Provenance:patient"),
        GOAL_A_WITH_EVERYTHING_INCLUDED_AND_REVINCLUDED(
                Patient.A, w -> "/Goal?_id=" + w.a.goalId() + "&_include=*&_revinclude=*");

        final Patient about;
        final java.util.function.Function<AccessWorld, String> path;
        /**
         * HAPI's rule engine refuses a whole search (403) when a {@code _revinclude} brings along a resource the
         * caller may not see, here AuditEvents of the plan that are not the caller's to read: nothing leaves.
         */
        final boolean mayBeRefusedWhole;

        Probe(Patient about, java.util.function.Function<AccessWorld, String> path) {
            this(about, path, false);
        }

        Probe(Patient about, java.util.function.Function<AccessWorld, String> path, boolean mayBeRefusedWhole) {
            this.about = about;
            this.path = path;
            this.mayBeRefusedWhole = mayBeRefusedWhole;
        }
    }

    /** Writes of patient A's data that refer to patient B's: a link across patients, and a way to probe for B. */
    enum CrossWrite {
        EVALUATION_OF_A_FOCUSED_ON_GOAL_OF_B,
        PLAN_A_LISTING_GOAL_OF_B,
        TILTAK_OF_A_BASED_ON_PLAN_B,
        COMMUNICATION_ABOUT_A_ON_GOAL_OF_B
    }

    static Stream<Arguments> probes() {
        List<Arguments> cases = new ArrayList<>();
        for (Actor actor : Actor.values()) {
            for (Probe probe : Probe.values()) {
                cases.add(Arguments.of(actor, probe));
            }
        }
        return cases.stream();
    }

    static Stream<Arguments> crossWrites() {
        List<Arguments> cases = new ArrayList<>();
        for (Actor actor : Actor.values()) {
            for (CrossWrite write : CrossWrite.values()) {
                cases.add(Arguments.of(actor, write));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("probes")
    void searchesPointingAtAnotherPatientRevealNothing(Actor actor, Probe probe) {
        AccessWorld w = world();
        HttpResponse<String> response = get(probe.path.apply(w), token(actor, w));

        assertNoLeak(actor, probe.name(), response, w, response.statusCode() == 200);
        if (expectedRefusal(actor, response)) {
            return;
        }
        boolean reaches = probe.about == null || actor.reaches.contains(probe.about);
        if (probe.about != null && reaches && !probe.mayBeRefusedWhole) {
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        } else {
            // Refused from the request alone, or answered with nothing of the other patient.
            assertThat(response.statusCode()).as(response.body()).isIn(200, 403);
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("crossWrites")
    void writesThatReferToAnotherPatientsDataAreRefusedLikeReferencesToNothing(Actor actor, CrossWrite write) {
        AccessWorld w = world();
        HttpResponse<String> response = perform(write, token(actor, w), w);

        assertNoLeak(actor, write.name(), response, w, true);
        if (expectedRefusal(actor, response)) {
            return;
        }
        boolean reachesA = actor.reaches.contains(Patient.A);
        boolean reachesB = actor.reaches.contains(Patient.B);
        if (!actor.writes || !reachesA) {
            assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
        } else if (!reachesB) {
            // Exactly as for a reference to a resource that does not exist.
            assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
            assertThat(outcome(response).getIssueFirstRep().getDiagnostics())
                    .matches("HAPI-1094: Resource (Goal|CarePlan)/\\d+ not found, specified in path: .*");
        } else {
            // A back end links what it is told to; the plan rules still keep a plan's parts to its own patient.
            assertThat(response.statusCode()).as(response.body()).isBetween(200, 499);
        }
    }

    /** Unauthenticated actors get 401, and a back end its operators have not listed 403, whatever they ask. */
    private static boolean expectedRefusal(Actor actor, HttpResponse<String> response) {
        if (!actor.authenticated) {
            assertThat(response.statusCode()).as("status").isEqualTo(401);
            return true;
        }
        assertThat(response.statusCode()).as("status").isNotEqualTo(500);
        if (actor == Actor.UNLISTED_SYSTEM_CLIENT) {
            // Refused before anything runs; a search naming a patient may be refused a step earlier, by the
            // narrowing to the (no) patients it reaches.
            assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
            assertThat(response.body()).containsAnyOf("FHIR_SECURITY_SYSTEM_CLIENTS", "HAPI-2026: Value not permitted");
            return true;
        }
        return false;
    }

    private HttpResponse<String> perform(CrossWrite write, String token, AccessWorld w) {
        String goalOfB = "Goal/" + w.b.goalId();
        return switch (write) {
            case EVALUATION_OF_A_FOCUSED_ON_GOAL_OF_B -> {
                org.hl7.fhir.r4.model.Observation evaluation = client().read()
                        .resource(org.hl7.fhir.r4.model.Observation.class)
                        .withId(w.a.fullUrlToId().get("urn:uuid:00000000-0000-4000-8001-000000000025"))
                        .execute();
                evaluation.setId((String) null);
                evaluation.getMeta().setVersionId(null).setLastUpdated(null);
                evaluation.getIdentifier().clear();
                evaluation.getFocus().clear();
                evaluation.addFocus(new Reference(goalOfB));
                yield post("/Observation", fhirContext.newJsonParser().encodeResourceToString(evaluation), token);
            }
            case PLAN_A_LISTING_GOAL_OF_B -> {
                CarePlan plan = client().read()
                        .resource(CarePlan.class)
                        .withId(w.a.carePlanId())
                        .execute();
                plan.addGoal(new Reference(goalOfB));
                plan.getMeta().setVersionId(null);
                yield put(
                        "/CarePlan/" + w.a.carePlanId(),
                        fhirContext.newJsonParser().encodeResourceToString(plan),
                        token);
            }
            case TILTAK_OF_A_BASED_ON_PLAN_B -> {
                org.hl7.fhir.r4.model.ServiceRequest tiltak = client().read()
                        .resource(org.hl7.fhir.r4.model.ServiceRequest.class)
                        .withId(w.a.fullUrlToId().get("urn:uuid:00000000-0000-4000-8001-000000000027"))
                        .execute();
                tiltak.setId((String) null);
                tiltak.getMeta().setVersionId(null).setLastUpdated(null);
                tiltak.getIdentifier().clear();
                tiltak.getBasedOn().clear();
                tiltak.addBasedOn(new Reference("CarePlan/" + w.b.carePlanId()));
                yield post("/ServiceRequest", fhirContext.newJsonParser().encodeResourceToString(tiltak), token);
            }
            case COMMUNICATION_ABOUT_A_ON_GOAL_OF_B -> {
                org.hl7.fhir.r4.model.Communication communication = new org.hl7.fhir.r4.model.Communication()
                        .setStatus(org.hl7.fhir.r4.model.Communication.CommunicationStatus.COMPLETED)
                        .setSubject(new Reference("Patient/" + w.a.patientId()));
                communication.addAbout(new Reference(goalOfB));
                yield post("/Communication", fhirContext.newJsonParser().encodeResourceToString(communication), token);
            }
        };
    }

    static Stream<Arguments> matrix() {
        List<Arguments> cases = new ArrayList<>();
        for (Actor actor : Actor.values()) {
            for (Interaction interaction : Interaction.values()) {
                cases.add(Arguments.of(actor, interaction));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("matrix")
    void actorGetsExactlyWhatItMayReachAndNothingElse(Actor actor, Interaction interaction) {
        AccessWorld w = world();
        String token = token(actor, w);
        HttpResponse<String> response = perform(interaction, token, w);

        assertNoLeak(actor, interaction.name(), response, w, NAME_NO_OTHER_PATIENT.contains(interaction));
        if (!actor.authenticated) {
            assertThat(response.headers().firstValue("WWW-Authenticate"))
                    .hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        }
        if (expectedRefusal(actor, response)) {
            return;
        }
        boolean reachesA = actor.reaches.contains(Patient.A);
        boolean reachesB = actor.reaches.contains(Patient.B);
        switch (interaction) {
            case READ_PLAN_A, VREAD_PLAN_A, HISTORY_OF_PLAN_A, READ_PATIENT_A -> assertThat(response.statusCode())
                    .as("status")
                    .isEqualTo(reachesA ? 200 : 404);
            case READ_PLAN_B -> assertThat(response.statusCode()).as("status").isEqualTo(reachesB ? 200 : 404);
            case READ_UNKNOWN_PLAN -> assertThat(response.statusCode())
                    .as("status")
                    .isEqualTo(404);
            case SEARCH_ALL_PLANS, SEARCH_PLAN_A_WITH_INCLUDES -> {
                assertThat(response.statusCode()).as("status").isEqualTo(200);
                assertThat(containsAny(response, w.a.markers()))
                        .as("finds A's plan")
                        .isEqualTo(reachesA);
            }
            case PATIENT_A_WITH_REVINCLUDES -> {
                // Asking by id for a patient one may not reach is refused from the request alone, whether it exists or
                // not.
                assertThat(response.statusCode()).as("status").isEqualTo(reachesA ? 200 : 403);
                assertThat(containsAny(response, w.a.markers()))
                        .as("finds A's plan")
                        .isEqualTo(reachesA);
            }
            case CHAIN_TO_PATIENT_B_FNR, HAS_PLAN_B -> {
                assertThat(response.statusCode()).as("status").isEqualTo(200);
                assertThat(containsAny(response, w.b.markers()))
                        .as("finds B's plan")
                        .isEqualTo(reachesB);
            }
            case BATCH_READING_PLAN_B -> {
                assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
                Bundle batch = fhirContext.newJsonParser().parseResource(Bundle.class, response.body());
                if (reachesB) {
                    assertThat(batch.getEntryFirstRep().getResponse().getStatus())
                            .startsWith("200");
                    assertThat(containsAny(response, w.b.markers()))
                            .as("finds B's plan")
                            .isTrue();
                } else {
                    assertThat(batch.getEntryFirstRep().getResponse().getStatus())
                            .as(response.body())
                            .matches("(404|403).*");
                }
            }
            case NEXT_PAGE_OF_A_SEARCH_FOR_B -> {
                assertThat(response.statusCode()).as("status").isEqualTo(reachesB ? 200 : 403);
                assertThat(containsAny(response, w.b.markers()))
                        .as("finds B's goals")
                        .isEqualTo(reachesB);
            }
            case AUDIT_TRAIL_OF_A -> {
                if (reachesA) {
                    assertThat(response.statusCode()).as("status").isEqualTo(200);
                } else {
                    // Asking for the trail of a patient one may not reach is refused from the request alone.
                    assertThat(response.statusCode()).as("status").isEqualTo(403);
                }
            }
            case SYSTEM_HISTORY -> assertThat(response.statusCode())
                    .as("status")
                    .isEqualTo(actor == Actor.SYSTEM_BACKEND ? 200 : 403);
            case COUNT_ABOVE_CAP -> {
                assertThat(response.statusCode()).as("status").isEqualTo(200);
                // Whoever reaches A sees more of A's goals than a page holds: exactly the cap comes back.
                int entries = parse(response).getEntry().size();
                if (reachesA) {
                    assertThat(entries).as("entries on the page").isEqualTo(200);
                } else {
                    assertThat(entries).as("entries on the page").isLessThan(200);
                }
            }
            case UPDATE_PLAN_A -> assertThat(response.statusCode())
                    .as("status")
                    .isEqualTo(actor.writes && reachesA ? 200 : 403);
            case TRANSACTION_ADDING_GOAL_FOR_B -> assertThat(response.statusCode())
                    .as(response.body())
                    .isEqualTo(actor.writes && reachesB ? 200 : 403);
            case PROVENANCE_OF_TEAM_A -> {
                // A target one may not reach is refused exactly like a target that does not exist.
                assertThat(response.statusCode()).as(response.body()).isEqualTo(reachesA ? 200 : 403);
                assertThat(countOf(response, "Provenance") > 0)
                        .as("finds the team's Provenance")
                        .isEqualTo(reachesA);
            }
            case TEAM_A_WITH_ITS_PROVENANCE -> {
                assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
                assertThat(countOf(response, "Provenance") > 0)
                        .as("finds the team's Provenance")
                        .isEqualTo(reachesA);
                assertThat(countOf(response, "CareTeam") > 0)
                        .as("finds the team")
                        .isEqualTo(reachesA);
            }
            case AUDIT_TRAIL_OF_B -> {
                if (reachesB) {
                    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
                    assertThat(countOf(response, "AuditEvent")).as("B's trail").isPositive();
                } else if (response.statusCode() == 200) {
                    assertThat(countOf(response, "AuditEvent")).isZero();
                } else {
                    assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
                }
            }
            case PATIENT_B_WITH_EVERYTHING_REVINCLUDED -> {
                assertThat(response.statusCode()).as(response.body()).isEqualTo(reachesB ? 200 : 403);
                assertThat(containsAny(response, w.b.markers()))
                        .as("finds B's plan")
                        .isEqualTo(reachesB);
            }
            case REWRITE_CONSENT_OF_A -> {
                boolean answersForA = actor == Actor.PARTICIPATING_MUNICIPALITY || actor == Actor.SYSTEM_BACKEND;
                assertThat(response.statusCode()).as(response.body()).isEqualTo(answersForA ? 200 : 403);
            }
            case EVERYTHING_OF_PATIENT_A -> {
                if (reachesA) {
                    assertThat(response.statusCode()).as(response.body()).isIn(200, 403);
                } else {
                    assertThat(response.statusCode()).as(response.body()).isEqualTo(404);
                }
            }
            case META_ADD_ON_PLAN_A -> {
                // Without the scope letter or the rule: 403; on a plan one may not reach: 404, or 403 when the scope is
                // missing too.
                if (actor == Actor.SYSTEM_BACKEND) {
                    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
                } else if (reachesA) {
                    assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
                } else {
                    assertThat(response.statusCode()).as(response.body()).isIn(403, 404);
                }
            }
            case COMMUNICATION_ABOUT_A_BASED_ON_PLAN_B -> assertThat(response.statusCode())
                    .as(response.body())
                    .isEqualTo(!actor.writes || !reachesA ? 403 : reachesB ? 201 : 400);
            case SUBSCRIBE_FOR_THE_HOSPITAL -> assertThat(response.statusCode())
                    .as(response.body())
                    .isEqualTo(
                            actor == Actor.SYSTEM_BACKEND || actor == Actor.PARTICIPATING_HOSPITAL
                                    ? 201
                                    // Another EHR naming the hospital's restriction: refused for naming it (422).
                                    : actor.writes ? 422 : 403);
            case MOVE_GOAL_OF_A_TO_B -> {
                assertThat(response.statusCode()).as("status").isBetween(400, 499);
                Goal goal = client().read()
                        .resource(Goal.class)
                        .withId(w.a.goalId())
                        .execute();
                assertThat(goal.getSubject().getReference()).isEqualTo("Patient/" + w.a.patientId());
            }
        }
    }

    @Test
    void refusedReadOfAnotherPatientsPlanLooksExactlyLikeAReadOfAPlanThatDoesNotExist() {
        AccessWorld w = world();
        String patientA = token(Actor.PATIENT_A, w);
        String unknownId = "999" + Math.abs(UUID.randomUUID().getMostSignificantBits() % 100_000_000);

        HttpResponse<String> existing =
                send(requestWith("/CarePlan/" + w.b.carePlanId(), patientA).header("Accept", JSON));
        HttpResponse<String> missing =
                send(requestWith("/CarePlan/" + unknownId, patientA).header("Accept", JSON));

        assertThat(existing.statusCode()).isEqualTo(missing.statusCode()).isEqualTo(404);
        assertThat(existing.body().replace(w.b.carePlanId(), "ID"))
                .isEqualTo(missing.body().replace(unknownId, "ID"));
    }

    private HttpResponse<String> perform(Interaction interaction, String token, AccessWorld w) {
        String planA = "/CarePlan/" + w.a.carePlanId();
        return switch (interaction) {
            case READ_PLAN_A -> get(planA, token);
            case READ_PLAN_B -> get("/CarePlan/" + w.b.carePlanId(), token);
            case VREAD_PLAN_A -> get(planA + "/_history/1", token);
            case HISTORY_OF_PLAN_A -> get(planA + "/_history", token);
            case READ_PATIENT_A -> get("/Patient/" + w.a.patientId(), token);
            case READ_UNKNOWN_PLAN -> get(
                    "/CarePlan/" + UUID.randomUUID().toString().substring(0, 8) + "x", token);
            case SEARCH_ALL_PLANS -> get("/CarePlan?_count=200&_sort=-_lastUpdated", token);
            case SEARCH_PLAN_A_WITH_INCLUDES -> get(
                    "/CarePlan?_id=" + w.a.carePlanId()
                            + "&_include=CarePlan:care-team&_include=CarePlan:goal&_include=CarePlan:subject",
                    token);
            case PATIENT_A_WITH_REVINCLUDES -> get(
                    "/Patient?_id=" + w.a.patientId()
                            + "&_revinclude=CarePlan:subject&_revinclude=Goal:subject&_revinclude=Consent:patient",
                    token);
            case CHAIN_TO_PATIENT_B_FNR -> get(
                    "/CarePlan?subject:Patient.identifier=" + fnrSystem(w.b) + "%7C" + w.b.fnr(), token);
            case HAS_PLAN_B -> get("/Patient?_has:CarePlan:subject:_id=" + w.b.carePlanId(), token);
            case BATCH_READING_PLAN_B -> post("", batchReading("CarePlan/" + w.b.carePlanId()), token);
            case NEXT_PAGE_OF_A_SEARCH_FOR_B -> get(
                    nextPageOfBackEndSearch("/Goal?subject=Patient/" + w.b.patientId() + "&_count=1"), token);
            case AUDIT_TRAIL_OF_A -> get("/AuditEvent?patient=Patient/" + w.a.patientId(), token);
            case SYSTEM_HISTORY -> get("/_history?_count=5", token);
            case COUNT_ABOVE_CAP -> get("/Goal?_count=100000", token);
            case UPDATE_PLAN_A -> {
                CarePlan plan = client().read()
                        .resource(CarePlan.class)
                        .withId(w.a.carePlanId())
                        .execute();
                plan.setTitle("Individuell plan for Per Hansen, revidert "
                        + UUID.randomUUID().toString().substring(0, 6));
                plan.getMeta().setVersionId(null);
                yield put(planA, fhirContext.newJsonParser().encodeResourceToString(plan), token);
            }
            case TRANSACTION_ADDING_GOAL_FOR_B -> post("", transactionAddingGoalLike(w.b.goalId()), token);
            case PROVENANCE_OF_TEAM_A -> get("/Provenance?target=CareTeam/" + w.a.careTeamId(), token);
            case TEAM_A_WITH_ITS_PROVENANCE -> get(
                    "/CareTeam?_id=" + w.a.careTeamId() + "&_revinclude=Provenance:target", token);
            case AUDIT_TRAIL_OF_B -> get("/AuditEvent?patient=Patient/" + w.b.patientId() + "&_count=200", token);
            case PATIENT_B_WITH_EVERYTHING_REVINCLUDED -> get(
                    "/Patient?_id=" + w.b.patientId() + "&_revinclude=*&_count=200", token);
            case REWRITE_CONSENT_OF_A -> {
                Consent consent = client().read()
                        .resource(Consent.class)
                        .withId(w.a.consentId())
                        .execute();
                consent.setDateTimeElement(new org.hl7.fhir.r4.model.DateTimeType(
                        "2025-10-0" + (1 + (int) (Math.random() * 8)) + "T10:00:00+02:00"));
                consent.getMeta().setVersionId(null);
                yield put(
                        "/Consent/" + w.a.consentId(),
                        fhirContext.newJsonParser().encodeResourceToString(consent),
                        token);
            }
            case EVERYTHING_OF_PATIENT_A -> get("/Patient/" + w.a.patientId() + "/$everything", token);
            case META_ADD_ON_PLAN_A -> {
                org.hl7.fhir.r4.model.Parameters parameters = new org.hl7.fhir.r4.model.Parameters();
                parameters
                        .addParameter()
                        .setName("meta")
                        .setValue(new org.hl7.fhir.r4.model.Meta().addTag("https://ip-fhir.test/tag", "matrise", null));
                yield post(planA + "/$meta-add", fhirContext.newJsonParser().encodeResourceToString(parameters), token);
            }
            case COMMUNICATION_ABOUT_A_BASED_ON_PLAN_B -> {
                org.hl7.fhir.r4.model.Communication communication = new org.hl7.fhir.r4.model.Communication()
                        .setStatus(org.hl7.fhir.r4.model.Communication.CommunicationStatus.COMPLETED)
                        .setSubject(new Reference("Patient/" + w.a.patientId()));
                communication.addBasedOn(new Reference("CarePlan/" + w.b.carePlanId()));
                yield post("/Communication", fhirContext.newJsonParser().encodeResourceToString(communication), token);
            }
            case SUBSCRIBE_FOR_THE_HOSPITAL -> {
                org.hl7.fhir.r4.model.Subscription subscription = new org.hl7.fhir.r4.model.Subscription()
                        .setStatus(org.hl7.fhir.r4.model.Subscription.SubscriptionStatus.OFF)
                        .setReason("Varsle sykehusets journal")
                        .setCriteria("Goal?");
                subscription
                        .getChannel()
                        .setType(org.hl7.fhir.r4.model.Subscription.SubscriptionChannelType.RESTHOOK)
                        .setEndpoint("http://localhost:9/varsel")
                        .addExtension(
                                no.ipfhir.server.exchange.SubscriberOrganisation.EXTENSION_URL,
                                new org.hl7.fhir.r4.model.StringType(
                                        "urn:oid:2.16.578.1.12.4.1.4.101|" + w.hospitalOrgnr));
                yield post("/Subscription", fhirContext.newJsonParser().encodeResourceToString(subscription), token);
            }
            case MOVE_GOAL_OF_A_TO_B -> {
                Goal goal = client().read()
                        .resource(Goal.class)
                        .withId(w.a.goalId())
                        .execute();
                goal.setSubject(new Reference("Patient/" + w.b.patientId()));
                goal.setExpressedBy(new Reference("Patient/" + w.b.patientId()));
                goal.getMeta().setVersionId(null);
                yield put("/Goal/" + w.a.goalId(), fhirContext.newJsonParser().encodeResourceToString(goal), token);
            }
        };
    }

    private void assertNoLeak(
            Actor actor, String interaction, HttpResponse<String> response, AccessWorld w, boolean nameNoOther) {
        List<AccessWorld.Plan> unreachable = new ArrayList<>();
        if (!actor.reaches.contains(Patient.A)) {
            unreachable.add(w.a);
        }
        if (!actor.reaches.contains(Patient.B)) {
            unreachable.add(w.b);
        }
        if (!actor.reaches.contains(Patient.D)) {
            unreachable.add(w.d);
        }
        String content = withoutLinks(response.body());
        for (AccessWorld.Plan plan : unreachable) {
            for (String marker : plan.markers()) {
                assertThat(content)
                        .as("%s %s must not reveal %s", actor, interaction, marker)
                        .doesNotContain(marker);
            }
            if (nameNoOther) {
                assertThat(content)
                        .as("%s %s must not name Patient/%s", actor, interaction, plan.patientId())
                        .doesNotContainPattern("Patient/" + plan.patientId() + "[\"/]");
            }
        }
    }

    private int countOf(HttpResponse<String> response, String type) {
        if (response.statusCode() != 200) {
            return 0;
        }
        return (int) parse(response).getEntry().stream()
                .filter(e -> e.getResource().fhirType().equals(type))
                .count();
    }

    /**
     * Patient B's app tries to read A's plan (refused, 404): the attempt is recorded for A, and B's trail
     * and searches must not give A away.
     */
    private void patientBTriesToReadPlanA(AccessWorld w) {
        String attempt = "attempt-" + UUID.randomUUID();
        String patientB = TestIssuer.get()
                .token("openid fhirUser launch/patient patient/*.rs")
                .patient(w.b.patientId())
                .fhirUser("Patient/" + w.b.patientId())
                .claim("sub", attempt)
                .clientId("helsenorge-app")
                .sign();
        assertThat(get("/CarePlan/" + w.a.carePlanId(), patientB).statusCode()).isEqualTo(404);
        assertThat(get("/CarePlan/" + w.b.carePlanId(), patientB).statusCode()).isEqualTo(200);
        long deadline = System.currentTimeMillis() + 15_000;
        while (!send(request("/AuditEvent?patient=Patient/" + w.a.patientId() + "&_count=200")
                        .header("Accept", JSON))
                .body()
                .contains(attempt)) {
            assertThat(System.currentTimeMillis())
                    .as("the refused attempt is recorded for A")
                    .isLessThan(deadline);
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** A Bundle's links repeat the query the caller sent, which may name what the caller already knew. */
    private String withoutLinks(String body) {
        if (!body.startsWith("{\"resourceType\":\"Bundle\"")) {
            return body;
        }
        Bundle bundle = fhirContext.newJsonParser().parseResource(Bundle.class, body);
        bundle.getLink().clear();
        return fhirContext.newJsonParser().encodeResourceToString(bundle);
    }

    static String token(Actor actor, AccessWorld w) {
        TestIssuer issuer = TestIssuer.get();
        return switch (actor) {
            case PATIENT_A -> issuer.token("openid fhirUser launch/patient patient/*.rs")
                    .patient(w.a.patientId())
                    .fhirUser("Patient/" + w.a.patientId())
                    .clientId("helsenorge-app")
                    .sign();
            case PATIENT_B -> issuer.token("patient/*.rs")
                    .patient(w.b.patientId())
                    .clientId("helsenorge-app")
                    .sign();
            case RELATIVE_WITH_CONSENT -> issuer.token("patient/*.rs")
                    .patient(w.a.patientId())
                    .fhirUser("RelatedPerson/" + w.wifeId)
                    .clientId("parorende-app")
                    .sign();
            case RELATIVE_WITHOUT_CONSENT -> issuer.token("patient/*.rs")
                    .patient(w.a.patientId())
                    .fhirUser("RelatedPerson/" + w.sonWithoutConsentId)
                    .clientId("parorende-app")
                    .sign();
            case PARTICIPATING_HOSPITAL -> issuer.token("user/*.cruds")
                    .orgnr(w.hospitalOrgnr)
                    .clientId("sykehus-dips")
                    .sign();
            case PARTICIPATING_MUNICIPALITY -> issuer.token("system/*.cruds")
                    .orgnr(w.municipalityOrgnr)
                    .clientId("kommune-ehr")
                    .sign();
            case NON_PARTICIPATING_MUNICIPALITY -> issuer.token("user/*.cruds")
                    .orgnr(w.otherMunicipalityOrgnr)
                    .clientId("havbygd-ehr")
                    .sign();
            case HOSPITAL_WHOSE_PARTICIPATION_ENDED -> issuer.token("user/*.read user/*.write")
                    .orgnr(w.endedHospitalOrgnr)
                    .clientId("sykehus-dips")
                    .sign();
            case SYSTEM_BACKEND -> issuer.systemToken();
            case UNLISTED_SYSTEM_CLIENT -> issuer.token("system/*.cruds")
                    .clientId("ukjent-integrasjon")
                    .sign();
            case EXPIRED_TOKEN -> issuer.token("system/*.cruds")
                    .expiredSince(Duration.ofMinutes(5))
                    .sign();
            case FORGED_TOKEN -> issuer.token("system/*.cruds").forged().sign();
            case WRONG_AUDIENCE -> issuer.token("system/*.cruds")
                    .claim("aud", List.of("https://another-service.example"))
                    .sign();
            case NO_TOKEN -> null;
        };
    }

    /** More goals of A than a page may hold, so the cap on {@code _count} shows for whoever reaches A. */
    private static final int GOALS_OF_A = 205;

    private synchronized AccessWorld world() {
        if (world == null) {
            world = new AccessWorld(fhirContext, client());
            Goal template = client().read()
                    .resource(Goal.class)
                    .withId(world.a.goalId())
                    .execute();
            Bundle goals = new Bundle().setType(Bundle.BundleType.TRANSACTION);
            for (int i = goalsOf(world.a.patientId()); i < GOALS_OF_A; i++) {
                Goal goal = template.copy();
                goal.setId((String) null);
                goal.getMeta().setVersionId(null).setLastUpdated(null);
                goals.addEntry()
                        .setResource(goal)
                        .getRequest()
                        .setMethod(Bundle.HTTPVerb.POST)
                        .setUrl("Goal");
            }
            client().transaction().withBundle(goals).execute();
            patientBTriesToReadPlanA(world);
        }
        return world;
    }

    private int goalsOf(String patientId) {
        return client().search()
                .forResource(Goal.class)
                .where(Goal.SUBJECT.hasId("Patient/" + patientId))
                .summaryMode(ca.uhn.fhir.rest.api.SummaryEnum.COUNT)
                .returnBundle(Bundle.class)
                .execute()
                .getTotal();
    }

    private static String fnrSystem(AccessWorld.Plan plan) {
        return plan.fnr().charAt(0) >= '4'
                ? "urn:oid:2.16.578.1.12.4.1.4.2"
                : no.ipfhir.server.support.SyntheticIds.FNR_SYSTEM;
    }

    private String batchReading(String reference) {
        Bundle batch = new Bundle().setType(Bundle.BundleType.BATCH);
        batch.addEntry().getRequest().setMethod(Bundle.HTTPVerb.GET).setUrl(reference);
        return fhirContext.newJsonParser().encodeResourceToString(batch);
    }

    /** The paging link of a search someone else (a back end) ran: links carry no authority of their own. */
    private String nextPageOfBackEndSearch(String search) {
        Bundle firstPage = parse(send(request(search).header("Accept", JSON)));
        String next = firstPage.getLink(Bundle.LINK_NEXT).getUrl();
        return next.substring(baseUrl().length());
    }

    /** A transaction with one new goal for the same patient as an existing one, with a fresh identifier. */
    private String transactionAddingGoalLike(String goalId) {
        Goal goal = client().read().resource(Goal.class).withId(goalId).execute();
        goal.setId((String) null);
        goal.getMeta().setVersionId(null).setLastUpdated(null);
        goal.getIdentifierFirstRep().setValue(no.ipfhir.server.support.SyntheticIds.unique("m-ny"));
        goal.getDescription().setText("Et nytt mål fra tjenesten");
        Bundle transaction = new Bundle().setType(Bundle.BundleType.TRANSACTION);
        transaction
                .addEntry()
                .setFullUrl("urn:uuid:" + UUID.randomUUID())
                .setResource(goal)
                .getRequest()
                .setMethod(Bundle.HTTPVerb.POST)
                .setUrl("Goal");
        return fhirContext.newJsonParser().encodeResourceToString(transaction);
    }

    private Bundle parse(HttpResponse<String> response) {
        return fhirContext.newJsonParser().parseResource(Bundle.class, response.body());
    }

    private boolean containsAny(HttpResponse<String> response, Set<String> markers) {
        String content = withoutLinks(response.body());
        return markers.stream().anyMatch(content::contains);
    }

    private static final String JSON = "application/fhir+json";

    private HttpResponse<String> get(String path, String token) {
        return send(requestWith(path, token).header("Accept", JSON));
    }

    private HttpResponse<String> post(String path, String body, String token) {
        return send(requestWith(path, token)
                .header("Accept", JSON)
                .header("Content-Type", JSON)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpResponse<String> put(String path, String body, String token) {
        return send(requestWith(path, token)
                .header("Accept", JSON)
                .header("Content-Type", JSON)
                .PUT(HttpRequest.BodyPublishers.ofString(body)));
    }
}
