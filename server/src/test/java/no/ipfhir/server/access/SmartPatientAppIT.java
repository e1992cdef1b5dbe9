package no.ipfhir.server.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import no.ipfhir.server.support.FhirIntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * A SMART patient app written in JavaScript, with the fhir-kit-client library from npm
 * ({@code src/test/js/smart-patient-app}): it discovers the OAuth endpoints, reads its own plan with
 * its patient token, and is refused someone else's plan. Needs Node.js and npm (the registry the
 * first time).
 */
class SmartPatientAppIT extends FhirIntegrationTest {

    private static final Path APP_SOURCE = Path.of("src", "test", "js", "smart-patient-app");
    private static final Path APP = Path.of("target", "smart-patient-app");

    @Test
    void patientAppReadsItsOwnPlanAndIsRefusedSomeoneElses() throws Exception {
        AccessWorld world = new AccessWorld(fhirContext, client());
        String token = issuer().token("openid fhirUser launch/patient patient/*.rs")
                .patient(world.a.patientId())
                .fhirUser("Patient/" + world.a.patientId())
                .clientId("ip-pasientapp")
                .sign();
        installApp();

        String output = run(
                List.of("node", "patient-app.mjs"),
                Map.of(
                        "FHIR_BASE", baseUrl(),
                        "TOKEN", token,
                        "OWN_PLAN", world.a.carePlanId(),
                        "OTHER_PLAN", world.b.carePlanId()));

        JsonNode result = new ObjectMapper()
                .readTree(output.lines().reduce((first, last) -> last).orElseThrow());
        assertThat(result.get("tokenUrl").asText()).isEqualTo(issuer().issuer() + "/token");
        assertThat(result.get("ownPlanTitle").asText()).isEqualTo("Individuell plan for Per Hansen");
        assertThat(result.get("plansFound").toString())
                .contains(world.a.carePlanId())
                .doesNotContain(world.b.carePlanId());
        assertThat(result.get("otherPlan").asInt()).isEqualTo(404);
        assertThat(result.get("withoutToken").asInt()).isEqualTo(401);
    }

    /**
     * The whole cross-organisation lifecycle through fhir-kit-client, each actor with its own token: the
     * municipality registers the patient and starts the plan in one transaction and adds the hospital to the
     * team; the hospital, refused before, then reads the plan and adds a goal; the patient's app reads the
     * plan and finds the hospital's goal and the hospital on the team.
     */
    @Test
    void municipalityHospitalAndPatientLiveThePlanThroughAJavaScriptClient() throws Exception {
        PlanStartIT.PlanRequest request = PlanStartIT.planRequest(fhirContext, client());
        String hospitalOrganisation = request.id(HOSPITAL);
        String municipality = issuer().token("user/*.cruds")
                .orgnr(request.orgnr(PlanStartIT.MANAGING_UNIT))
                .clientId("kommune-ehr")
                .sign();
        String hospital = issuer().token("user/*.cruds")
                .orgnr(request.orgnr(HOSPITAL))
                .clientId("sykehus-dips")
                .sign();
        installApp();
        Files.writeString(
                APP.resolve("plan-transaction.json"),
                fhirContext.newJsonParser().encodeResourceToString(request.transaction()));
        String goalIdentifier = "m-" + java.util.UUID.randomUUID();

        JsonNode started = lastLine(run(
                List.of("node", "plan-lifecycle.mjs", "start"),
                Map.of(
                        "FHIR_BASE", baseUrl(),
                        "MUNICIPALITY_TOKEN", municipality,
                        "HOSPITAL_TOKEN", hospital,
                        "HOSPITAL", hospitalOrganisation,
                        "TODAY",
                                java.time.LocalDate.now(java.time.ZoneId.of("Europe/Oslo"))
                                        .toString(),
                        "GOAL_IDENTIFIER", goalIdentifier)));
        String patientId = started.get("patientId").asText();
        String patientToken = issuer().token("openid fhirUser launch/patient patient/*.rs")
                .patient(patientId)
                .fhirUser("Patient/" + patientId)
                .clientId("ip-pasientapp")
                .sign();
        JsonNode read = lastLine(run(
                List.of("node", "plan-lifecycle.mjs", "patient"),
                Map.of("FHIR_BASE", baseUrl(), "PATIENT_TOKEN", patientToken)));

        assertThat(started.get("hospitalBeforeJoining").asInt())
                .as("before it joins, the plan is unknown to the hospital")
                .isEqualTo(404);
        assertThat(started.get("hospitalReadsPlan").asText()).isEqualTo("Individuell plan for Per Hansen");
        assertThat(started.get("goalsTheHospitalSees").asInt()).isPositive();
        String hospitalGoal = started.get("hospitalGoalId").asText();
        assertThat(read.get("planTitle").asText()).isEqualTo("Individuell plan for Per Hansen");
        assertThat(read.get("goalIds").toString()).contains("\"" + hospitalGoal + "\"");
        assertThat(read.get("goalTexts").toString()).contains("Gå i trapper uten støtte før utskrivning");
        assertThat(read.get("teamMembers").toString()).contains(hospitalOrganisation);
        assertThat(client().read()
                        .resource(org.hl7.fhir.r4.model.Goal.class)
                        .withId(hospitalGoal)
                        .execute()
                        .getSubject()
                        .getReference())
                .isEqualTo("Patient/" + patientId);
    }

    private static final String HOSPITAL = "urn:uuid:00000000-0000-4000-8001-000000000004";

    private static JsonNode lastLine(String output) throws IOException {
        return new ObjectMapper()
                .readTree(output.lines().reduce((first, last) -> last).orElseThrow());
    }

    private static void installApp() throws IOException, InterruptedException {
        Files.createDirectories(APP);
        for (String file : List.of("package.json", "package-lock.json", "patient-app.mjs", "plan-lifecycle.mjs")) {
            Files.copy(APP_SOURCE.resolve(file), APP.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
        if (!Files.isDirectory(APP.resolve("node_modules/fhir-kit-client"))) {
            run(List.of("npm", "ci", "--no-audit", "--no-fund"), Map.of());
        }
    }

    private static String run(List<String> command, Map<String, String> environment)
            throws IOException, InterruptedException {
        ProcessBuilder builder =
                new ProcessBuilder(command).directory(APP.toFile()).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError(command + " did not finish within 3 minutes");
        }
        assertThat(process.exitValue()).as(command + ":\n" + output).isZero();
        return output;
    }
}
