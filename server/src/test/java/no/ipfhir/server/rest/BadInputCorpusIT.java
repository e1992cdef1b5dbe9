package no.ipfhir.server.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;
import no.ipfhir.server.config.FhirServerProperties;
import no.ipfhir.server.support.ExamplePlans;
import no.ipfhir.server.support.FhirIntegrationTest;
import no.ipfhir.server.support.StoredPlan;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The corpus of bad input in {@code src/test/resources/bad-input/}: each file is one request with
 * the status and the message fragment its OperationOutcome must carry. None may answer 500, and
 * after all of them the database holds exactly what it held before.
 */
class BadInputCorpusIT extends FhirIntegrationTest {

    /** Server-written trails (audit, provenance) may grow with any request; everything else must not. */
    private static final String STORED_VERSIONS =
            "select count(*) from hfj_res_ver where res_type not in ('AuditEvent', 'Provenance')";

    /** The files in bad-input/: a case added or lost changes this number on purpose. */
    private static final int CASES = 74;

    @Autowired
    private DataSource dataSource;

    @Autowired
    private FhirServerProperties serverProperties;

    @TestFactory
    Stream<DynamicTest> everyBadInputIsAnswered4xxWithAnOperationOutcomeAndStoresNothing() throws IOException {
        StoredPlan plan = StoredPlan.store(fhirContext, client(), ExamplePlans.STROKE_REHABILITATION);
        Map<String, String> placeholders = placeholders(plan);
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        long[] before = new long[1];

        List<DynamicTest> tests = new ArrayList<>();
        tests.add(DynamicTest.dynamicTest(
                "count stored resources", () -> before[0] = jdbc.queryForObject(STORED_VERSIONS, Long.class)));
        for (Resource file : corpus()) {
            JsonNode badInput = new ObjectMapper().readTree(file.getInputStream());
            tests.add(DynamicTest.dynamicTest(
                    file.getFilename() + ": " + badInput.get("description").asText(),
                    () -> answersAsExpected(badInput, placeholders)));
        }
        tests.add(DynamicTest.dynamicTest(
                "the database is unchanged", () -> assertThat(jdbc.queryForObject(STORED_VERSIONS, Long.class))
                        .isEqualTo(before[0])));
        assertThat(corpus()).as("every case in bad-input/ runs").hasSize(CASES);
        assertThat(tests).hasSize(CASES + 2);
        return tests.stream();
    }

    private void answersAsExpected(JsonNode badInput, Map<String, String> placeholders) {
        String path = fill(badInput.get("path").asText(), placeholders);
        JsonNode body = badInput.get("body");
        HttpRequest.Builder request = request(path);
        badInput.get("headers")
                .fields()
                .forEachRemaining(h -> request.header(h.getKey(), h.getValue().asText()));
        request.method(
                badInput.get("method").asText(),
                body == null || body.isNull()
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(fill(body.asText(), placeholders)));

        HttpResponse<String> response = send(request);

        assertThat(response.statusCode())
                .as(response.body())
                .isEqualTo(badInput.get("status").asInt());
        OperationOutcome outcome = outcome(response);
        assertThat(outcome.getIssue()).as(response.body()).anySatisfy(issue -> assertThat(issue.getDiagnostics())
                .containsIgnoringCase(badInput.get("message").asText()));
    }

    private Map<String, String> placeholders(StoredPlan plan) {
        Goal goal = plan.read(Goal.class, plan.id("Goal"));
        goal.setExpressedBy(null);
        CarePlan carePlan = plan.read(CarePlan.class, plan.id("CarePlan"));
        carePlan.setIntent(CarePlan.CarePlanIntent.ORDER);
        Patient patient = plan.read(Patient.class, plan.patientId());
        Patient referringToAQuery = patient.copy();
        referringToAQuery.addLink().setType(Patient.LinkType.SEEALSO).setOther(new Reference("Patient/1?x=1"));
        patient.getNameFirstRep().setFamily("Endret");
        return Map.of(
                "{patientIdPart}", idPart(plan.patientId()),
                "{goalIdPart}", idPart(plan.id("Goal")),
                "{carePlanIdPart}", idPart(plan.id("CarePlan")),
                "{goalWithoutExpressedBy}", encode(goal),
                "{carePlanIntentOrder}", encode(carePlan),
                "{patientUpdate}", encode(patient),
                "{patientUpdateReferringToAQuery}", encode(referringToAQuery),
                "{oversizedBody}",
                        oversized(serverProperties.maxRequestBodySize().toBytes()),
                "{hugeTransaction}", encode(hugeTransaction(serverProperties.maxBundleEntries() + 1)));
    }

    private static Bundle hugeTransaction(int entries) {
        Bundle bundle = new Bundle().setType(Bundle.BundleType.TRANSACTION);
        for (int i = 0; i < entries; i++) {
            bundle.addEntry().getRequest().setMethod(Bundle.HTTPVerb.GET).setUrl("Patient?_id=entry-" + i);
        }
        return bundle;
    }

    /** A Patient padded with whitespace to one byte over the limit: valid JSON, only too large. */
    private static String oversized(long limit) {
        String patient = "{\"resourceType\": \"Patient\", \"gender\": \"female\"}";
        return patient.substring(0, patient.length() - 1) + " ".repeat((int) (limit - patient.length() + 1)) + "}";
    }

    private static List<Resource> corpus() throws IOException {
        Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath:bad-input/*.json");
        return Arrays.stream(files)
                .sorted(Comparator.comparing(Resource::getFilename))
                .toList();
    }

    private static String fill(String text, Map<String, String> placeholders) {
        String filled = text;
        for (Map.Entry<String, String> placeholder : placeholders.entrySet()) {
            filled = filled.replace(placeholder.getKey(), placeholder.getValue());
        }
        return filled;
    }

    private String encode(org.hl7.fhir.r4.model.Resource resource) {
        return fhirContext.newJsonParser().encodeResourceToString(resource);
    }

    private static String idPart(String id) {
        return id.substring(id.indexOf('/') + 1);
    }
}
