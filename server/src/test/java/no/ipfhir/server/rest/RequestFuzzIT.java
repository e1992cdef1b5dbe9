package no.ipfhir.server.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Consumer;
import no.ipfhir.server.support.ExamplePlans;
import no.ipfhir.server.support.FhirIntegrationTest;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.Test;

/**
 * Random input over HTTP: valid plan Bundles and resources from the guide's examples, each changed
 * by one to three seeded mutations (wrong JSON types, huge and deep values, broken references,
 * unicode edge cases, duplicated entries, wrong methods inside transactions, truncated bodies, and
 * the kinds of input that once gave 500), sent as transactions, creates and updates. No answer
 * may be a 5xx, and a sample of the refused transactions must have left nothing stored.
 *
 * <p>{@code -Dfuzz.requests=10000} (default 1500) and {@code -Dfuzz.seed=…} (default fixed) choose
 * the run; the same seed gives the same mutations (identifiers in the fixtures are fresh each run).
 * {@code -Dfuzz.max-seconds=…} (default none) ends a long run early at that time, with the requests sent so far
 * checked and counted as usual; the summary says how many of the requests asked for were sent.
 */
class RequestFuzzIT extends FhirIntegrationTest {

    private static final int REQUESTS = Integer.getInteger("fuzz.requests", 1500);
    private static final long SEED = Long.getLong("fuzz.seed", 20261201L);
    private static final long MAX_SECONDS = Long.getLong("fuzz.max-seconds", 0L);
    private static final int STORED_CHECK_SAMPLE = 100;
    private static final List<String> EXAMPLES = List.of(
            ExamplePlans.STROKE_REHABILITATION,
            ExamplePlans.CHILD_HABILITATION,
            ExamplePlans.SUB_PLAN,
            ExamplePlans.COORDINATOR_CHANGE);
    private static final String[] BAD_REFERENCES = {
        "",
        "Patient/",
        "/",
        "Patient/1?x=1",
        "urn:uuid:00000000-0000-4000-8000-00000000dead",
        "#nope",
        "http://",
        "Patient/../../etc/passwd",
        "Patient/ 1",
        "CarePlan/1/_history/x",
        "Organization?identifier=",
        "Patient?_has:Observation:patient:code=1",
        "Patient/" + "9".repeat(200),
        "urn:oid:",
        "Ukjent/1",
        "Patient/1#x"
    };
    private static final String[] UNICODE = {
        "\u0000",
        "\uD800",
        "\uDFFF",
        "\uFEFF",
        "\u202E",
        "e\u0301\u0301\u0301",
        "😀👩‍👩‍👧",
        "\u2028\u2029",
        "\t\r\n",
        "ß\u0130\u0131",
        "\\",
        "\"",
        "<div>",
        "]]>",
        "\u00ad",
        "𝕏".repeat(1000)
    };
    private static final String[] METHODS = {
        "GET", "DELETE", "PATCH", "HEAD", "OPTIONS", "FOO", "", "put", "POST", "PUT"
    };

    /**
     * The test's own JSON: several deep mutations of one body nest past Jackson's default limit of 1,000
     * levels, so the test writes (and reads) deeper than that. What the server does with such a body is what
     * is under test.
     */
    private final ObjectMapper json = new ObjectMapper(JsonFactory.builder()
            .streamWriteConstraints(
                    StreamWriteConstraints.builder().maxNestingDepth(10_000).build())
            .streamReadConstraints(
                    StreamReadConstraints.builder().maxNestingDepth(10_000).build())
            .build());

    @Test
    void randomlyMutatedPlansAndResourcesNeverGetAServerError() throws Exception {
        Random random = new Random(SEED);
        Map<Integer, Integer> statuses = new TreeMap<>();
        Map<String, Integer> serverErrorsByMutation = new TreeMap<>();
        List<String> serverErrorSamples = new ArrayList<>();
        List<String> refusedTransactionMarkers = new ArrayList<>();
        long started = System.nanoTime();
        int sent = 0;

        for (int i = 0; i < REQUESTS; i++) {
            if (MAX_SECONDS > 0 && System.nanoTime() - started > MAX_SECONDS * 1_000_000_000L) {
                break;
            }
            sent++;
            Bundle plan = ExamplePlans.fresh(fhirContext, EXAMPLES.get(random.nextInt(EXAMPLES.size())));
            ObjectNode bundle =
                    (ObjectNode) json.readTree(fhirContext.newJsonParser().encodeResourceToString(plan));
            String marker = plan.getEntry().stream()
                    .filter(e -> e.getResource().fhirType().equals("Patient"))
                    .map(e -> ((org.hl7.fhir.r4.model.Patient) e.getResource()).getIdentifierFirstRep())
                    .map(identifier -> identifier.getSystem() + "|" + identifier.getValue())
                    .findFirst()
                    .orElseThrow();
            Fuzzed request = random.nextInt(3) == 0 ? transaction(bundle, random) : resource(bundle, random);

            HttpResponse<String> response = send(request.http());
            statuses.merge(response.statusCode(), 1, Integer::sum);
            if (response.statusCode() >= 500) {
                serverErrorsByMutation.merge(request.mutations(), 1, Integer::sum);
                if (serverErrorSamples.size() < 20) {
                    serverErrorSamples.add(request.mutations() + " → " + response.statusCode() + " "
                            + abbreviate(response.body(), 400) + "\n   request: " + abbreviate(request.body(), 4000));
                }
            } else if (request.transaction() && response.statusCode() >= 400) {
                refusedTransactionMarkers.add(marker);
            }
        }
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;

        List<String> sample =
                refusedTransactionMarkers.subList(0, Math.min(STORED_CHECK_SAMPLE, refusedTransactionMarkers.size()));
        long storedAfterRefusal = sample.stream().filter(this::patientStored).count();
        int serverErrors = statuses.entrySet().stream()
                .filter(e -> e.getKey() >= 500)
                .mapToInt(Map.Entry::getValue)
                .sum();
        System.out.println("Fuzzing (seed " + SEED + "): " + sent + " requests"
                + (sent < REQUESTS
                        ? " (of " + REQUESTS + " asked for; stopped at fuzz.max-seconds=" + MAX_SECONDS + ")"
                        : "")
                + " in " + seconds + " s, answers "
                + statuses
                + "; 5xx: " + serverErrors + " " + serverErrorsByMutation
                + "; refused transactions checked for stored patients: "
                + sample.size() + " of " + refusedTransactionMarkers.size() + ", stored: " + storedAfterRefusal);
        serverErrorSamples.forEach(System.out::println);

        assertThat(serverErrors).as(String.join("\n", serverErrorSamples)).isZero();
        assertThat(sample).isNotEmpty();
        assertThat(storedAfterRefusal).isZero();
    }

    private boolean patientStored(String identifier) {
        HttpResponse<String> found =
                send(request("/Patient?identifier=" + URLEncoder.encode(identifier, StandardCharsets.UTF_8))
                        .header("Accept", "application/fhir+json"));
        assertThat(found.statusCode()).isEqualTo(200);
        return !fhirContext
                .newJsonParser()
                .parseResource(Bundle.class, found.body())
                .getEntry()
                .isEmpty();
    }

    private Fuzzed transaction(ObjectNode bundle, Random random) throws Exception {
        List<String> applied = new ArrayList<>();
        int mutations = 1 + random.nextInt(3);
        String body = null;
        for (int m = 0; m < mutations; m++) {
            Mutation mutation = Mutation.values()[random.nextInt(Mutation.values().length)];
            applied.add(mutation.name());
            if (mutation == Mutation.TRUNCATE) {
                body = truncate(json.writeValueAsString(bundle), random);
                break;
            }
            mutate(mutation, bundle, true, random);
        }
        String text = body != null ? body : json.writeValueAsString(bundle);
        return new Fuzzed(
                true,
                "transaction " + String.join("+", applied),
                text,
                request("")
                        .header("Content-Type", "application/fhir+json")
                        .header("Accept", "application/fhir+json")
                        .POST(HttpRequest.BodyPublishers.ofString(text)));
    }

    private Fuzzed resource(ObjectNode bundle, Random random) throws Exception {
        ArrayNode entries = (ArrayNode) bundle.get("entry");
        ObjectNode resource =
                (ObjectNode) entries.get(random.nextInt(entries.size())).get("resource");
        String type = resource.path("resourceType").asText();
        boolean update = random.nextBoolean();
        List<String> applied = new ArrayList<>();
        int mutations = 1 + random.nextInt(3);
        String body = null;
        for (int m = 0; m < mutations; m++) {
            Mutation mutation = Mutation.values()[random.nextInt(Mutation.values().length)];
            applied.add(mutation.name());
            if (mutation == Mutation.TRUNCATE) {
                body = truncate(json.writeValueAsString(resource), random);
                break;
            }
            mutate(mutation, resource, false, random);
        }
        String id = "fuzz-" + Long.toString(random.nextLong() & Long.MAX_VALUE, 36);
        if (update && body == null) {
            resource.put("id", id);
        }
        String text = body != null ? body : json.writeValueAsString(resource);
        String path = "/" + (type.matches("[A-Za-z]{1,64}") ? type : "Patient") + (update ? "/" + id : "");
        HttpRequest.Builder http =
                request(path).header("Content-Type", "application/fhir+json").header("Accept", "application/fhir+json");
        http = update
                ? http.PUT(HttpRequest.BodyPublishers.ofString(text))
                : http.POST(HttpRequest.BodyPublishers.ofString(text));
        return new Fuzzed(false, (update ? "update " : "create ") + String.join("+", applied), text, http);
    }

    enum Mutation {
        WRONG_TYPE,
        HUGE_VALUE,
        DEEP_VALUE,
        BROKEN_REFERENCE,
        UNICODE,
        DUPLICATE_ENTRY,
        WRONG_METHOD,
        TRUNCATE,
        REMOVE_FIELD,
        RENAME_FIELD,
        RESOURCE_TYPE,
        NULL_IN_ARRAY,
        SELF_REFERENCE,
        BAD_CONDITION,
        BAD_NARRATIVE,
        BAD_DATE
    }

    private void mutate(Mutation mutation, ObjectNode root, boolean isBundle, Random random) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        switch (mutation) {
            case WRONG_TYPE -> replaceRandom(root, random, old -> switch (random.nextInt(6)) {
                case 0 -> nodes.numberNode(random.nextInt());
                case 1 -> nodes.textNode(old.toString());
                case 2 -> nodes.booleanNode(random.nextBoolean());
                case 3 -> nodes.objectNode().set("value", old);
                case 4 -> nodes.arrayNode().add(old);
                default -> nodes.nullNode();
            });
            case HUGE_VALUE -> replaceRandom(
                    root,
                    random,
                    old -> random.nextBoolean()
                            ? nodes.textNode("x".repeat(100_000 + random.nextInt(900_000)))
                            : nodes.numberNode(new java.math.BigDecimal(
                                    "9".repeat(1 + random.nextInt(400)) + ".5e" + random.nextInt(99999))));
            case DEEP_VALUE -> replaceRandom(root, random, old -> {
                JsonNode deep = old;
                int depth = 50 + random.nextInt(350);
                for (int d = 0; d < depth; d++) {
                    deep = random.nextBoolean()
                            ? nodes.arrayNode().add(deep)
                            : nodes.objectNode()
                                    .put("url", "https://example.org/dyp")
                                    .set("extension", nodes.arrayNode().add(deep));
                }
                return deep;
            });
            case BROKEN_REFERENCE -> {
                List<ObjectNode> references = objectsWith(root, "reference");
                if (!references.isEmpty()) {
                    references
                            .get(random.nextInt(references.size()))
                            .put("reference", BAD_REFERENCES[random.nextInt(BAD_REFERENCES.length)]);
                }
            }
            case UNICODE -> replaceRandom(
                    root,
                    random,
                    old -> nodes.textNode(
                            (old.isTextual() ? old.asText() : "") + UNICODE[random.nextInt(UNICODE.length)]));
            case DUPLICATE_ENTRY -> {
                if (isBundle && root.get("entry") instanceof ArrayNode entries && !entries.isEmpty()) {
                    entries.add(entries.get(random.nextInt(entries.size())).deepCopy());
                } else if (root.get("identifier") instanceof ArrayNode identifiers && !identifiers.isEmpty()) {
                    identifiers.add(identifiers.get(0).deepCopy());
                }
            }
            case WRONG_METHOD -> {
                if (isBundle && entryPart(root, "request", random) instanceof ObjectNode request) {
                    request.put("method", METHODS[random.nextInt(METHODS.length)]);
                    if (random.nextBoolean()) {
                        request.put(
                                "url",
                                random.nextBoolean() ? "" : request.path("url").asText() + "/" + random.nextInt(1000));
                    }
                } else {
                    root.put("resourceType", random.nextBoolean() ? "Bundle" : "OperationOutcome");
                }
            }
            case REMOVE_FIELD -> removeRandom(root, random);
            case RENAME_FIELD -> {
                List<ObjectNode> objects = objectsWith(root, null);
                ObjectNode object = objects.get(random.nextInt(objects.size()));
                Iterator<String> names = object.fieldNames();
                if (names.hasNext()) {
                    String name = names.next();
                    JsonNode value = object.remove(name);
                    object.set(random.nextBoolean() ? "" : name + UNICODE[random.nextInt(UNICODE.length)], value);
                }
            }
            case RESOURCE_TYPE -> {
                List<ObjectNode> resources = objectsWith(root, "resourceType");
                (resources.isEmpty() ? root : resources.get(random.nextInt(resources.size())))
                        .put(
                                "resourceType",
                                new String[] {
                                            "",
                                            "Ukjent",
                                            "patient",
                                            "CarePlan",
                                            "Bundle",
                                            "Parameters",
                                            "Binary",
                                            " Patient"
                                        }
                                        [random.nextInt(8)]);
            }
            case NULL_IN_ARRAY -> {
                List<ArrayNode> arrays = arrays(root);
                if (!arrays.isEmpty()) {
                    ArrayNode array = arrays.get(random.nextInt(arrays.size()));
                    if (random.nextBoolean()) {
                        array.addNull();
                    } else {
                        array.add(random.nextInt(100));
                    }
                }
            }
            case SELF_REFERENCE -> {
                if (isBundle
                        && root.get("entry") instanceof ArrayNode entries
                        && !entries.isEmpty()
                        && entries.get(random.nextInt(entries.size())) instanceof ObjectNode entry
                        && entry.get("resource") instanceof ObjectNode resource) {
                    List<ObjectNode> references = objectsWith(resource, "reference");
                    ObjectNode reference = references.isEmpty()
                            ? resource.putObject("partOf")
                            : references.get(random.nextInt(references.size()));
                    reference.put("reference", entry.path("fullUrl").asText());
                } else {
                    root.put("id", "selv");
                    root.putArray("contained").add(root.deepCopy());
                }
            }
            case BAD_CONDITION -> {
                String condition = new String[] {
                            "subject.identifier=x",
                            "_has:Observation:patient:code=1",
                            "_id:missing=true",
                            "identifier",
                            "=",
                            "identifier=|",
                            "_content=(",
                            "_filter=name eq x",
                            "_sort=x",
                            "&&&",
                            "patient=Patient/1?x=1"
                        }
                        [random.nextInt(11)];
                if (isBundle && entryPart(root, "request", random) instanceof ObjectNode request) {
                    request.put("ifNoneExist", condition);
                } else {
                    root.putArray("extension").add(nodes.objectNode().put("url", condition));
                }
            }
            case BAD_NARRATIVE -> {
                List<ObjectNode> resources = objectsWith(root, "resourceType");
                (resources.isEmpty() ? root : resources.get(random.nextInt(resources.size())))
                        .putObject("text")
                        .put("status", "generated")
                        .put(
                                "div",
                                new String[] {
                                            "<p>x</p>",
                                            "<div>",
                                            "tekst",
                                            "<div xmlns=\"http://www.w3.org/1999/xhtml\"><script>x</script></div>",
                                            "<div xmlns=\"http://www.w3.org/1999/xhtml\">&nbsp;&ukjent;</div>",
                                            ""
                                        }
                                        [random.nextInt(6)]);
            }
            case BAD_DATE -> replaceRandom(
                    root,
                    random,
                    old -> nodes.textNode(new String[] {
                                " 1980-01-01",
                                "1980-13-01",
                                "2025-02-30",
                                "0000-00-00",
                                "99999-01-01",
                                "2025-01-01T25:00:00Z",
                                "2025-01-01T10:00:00",
                                "i går",
                                "1980-01-01 "
                            }
                            [random.nextInt(9)]));
            case TRUNCATE -> throw new IllegalStateException("truncation applies to the serialised body");
        }
    }

    /**
     * A part ({@code request}, {@code resource}) of a random entry of a Bundle, or null where an earlier
     * mutation has made the entries or the part something other than an object.
     */
    private static JsonNode entryPart(JsonNode bundle, String part, Random random) {
        if (bundle.get("entry") instanceof ArrayNode entries && !entries.isEmpty()) {
            JsonNode entry = entries.get(random.nextInt(entries.size()));
            return entry instanceof ObjectNode ? entry.get(part) : null;
        }
        return null;
    }

    private static String truncate(String text, Random random) {
        return text.substring(0, random.nextInt(Math.max(1, text.length())));
    }

    /** Replaces a randomly chosen value (in an object or array) by what the function makes of it. */
    private static void replaceRandom(
            JsonNode root, Random random, java.util.function.Function<JsonNode, JsonNode> replacement) {
        List<Slot> slots = new ArrayList<>();
        collect(root, slots);
        if (!slots.isEmpty()) {
            slots.get(random.nextInt(slots.size())).replace(replacement);
        }
    }

    private static void removeRandom(JsonNode root, Random random) {
        List<Slot> slots = new ArrayList<>();
        collect(root, slots);
        if (!slots.isEmpty()) {
            slots.get(random.nextInt(slots.size())).remove();
        }
    }

    private record Slot(JsonNode parent, String field, int index) {
        void replace(java.util.function.Function<JsonNode, JsonNode> replacement) {
            if (parent instanceof ObjectNode object) {
                object.set(field, replacement.apply(object.get(field)));
            } else {
                ((ArrayNode) parent).set(index, replacement.apply(parent.get(index)));
            }
        }

        void remove() {
            if (parent instanceof ObjectNode object) {
                object.remove(field);
            } else {
                ((ArrayNode) parent).remove(index);
            }
        }
    }

    private static void collect(JsonNode node, List<Slot> slots) {
        if (node instanceof ObjectNode object) {
            Map<String, JsonNode> fields = new LinkedHashMap<>();
            object.fields().forEachRemaining(e -> fields.put(e.getKey(), e.getValue()));
            fields.forEach((name, value) -> {
                slots.add(new Slot(object, name, -1));
                collect(value, slots);
            });
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                slots.add(new Slot(array, null, i));
                collect(array.get(i), slots);
            }
        }
    }

    private static List<ObjectNode> objectsWith(JsonNode root, String field) {
        List<ObjectNode> found = new ArrayList<>();
        walk(root, node -> {
            if (node instanceof ObjectNode object && (field == null || object.has(field))) {
                found.add(object);
            }
        });
        return found;
    }

    private static List<ArrayNode> arrays(JsonNode root) {
        List<ArrayNode> found = new ArrayList<>();
        walk(root, node -> {
            if (node instanceof ArrayNode array) {
                found.add(array);
            }
        });
        return found;
    }

    private static void walk(JsonNode node, Consumer<JsonNode> visitor) {
        visitor.accept(node);
        node.elements().forEachRemaining(child -> walk(child, visitor));
    }

    private static String abbreviate(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length) + "…";
    }

    private record Fuzzed(boolean transaction, String mutations, String body, HttpRequest.Builder http) {}
}
