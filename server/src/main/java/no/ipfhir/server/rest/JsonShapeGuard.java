package no.ipfhir.server.rest;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.Constants;
import ca.uhn.fhir.rest.api.EncodingEnum;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.ipfhir.server.config.ServerInterceptor;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.springframework.stereotype.Component;

/**
 * Refuses, before any FHIR parser reads it, a JSON body of a shape FHIR JSON never has and that
 * the parsers behind HAPI (its own, and the validator's) fail on with a server error: nesting
 * deeper than {@value #MAX_DEPTH} levels, an empty property name or resourceType, {@code null} in an array where
 * no {@code _element} array explains it, a property whose value is {@code null}, a {@code meta.profile} that is
 * not a string, an extension that is not an object, and a reference made only of slashes (the instance
 * validator's reference parser fails on it). 400, naming the place in the body; a Timing bound with extensions
 * but no date, which FHIR allows but HAPI's date index fails on, is 422.
 */
@Interceptor
@Component
public class JsonShapeGuard implements ServerInterceptor {

    /** A whole plan Bundle is about 12 levels deep; the validator's JSON parser gives up at 255. */
    static final int MAX_DEPTH = 100;

    private static final Set<String> EXTENSION_ARRAYS = Set.of("extension", "modifierExtension");

    private final ObjectMapper json = new ObjectMapper();

    public JsonShapeGuard() {
        json.getFactory()
                .setStreamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_DEPTH)
                        .build());
        json.getFactory().disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
    }

    @Hook(Pointcut.SERVER_INCOMING_REQUEST_POST_PROCESSED)
    public boolean check(RequestDetails request) {
        String contentType = request.getHeader(Constants.HEADER_CONTENT_TYPE);
        if (contentType == null || EncodingEnum.forContentType(contentType) != EncodingEnum.JSON) {
            return true;
        }
        byte[] body = request.loadRequestContents();
        if (body == null || body.length == 0) {
            return true;
        }
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (JsonProcessingException e) {
            if (e.getMessage() != null && e.getMessage().contains("nesting depth")) {
                throw refusal(
                        "$",
                        "The JSON body is nested more than " + MAX_DEPTH + " levels deep.",
                        "Flatten the nesting (e.g. extensions inside extensions).");
            }
            // Malformed JSON: HAPI's parser reports it with the line and column.
            return true;
        } catch (IOException e) {
            return true;
        }
        String resourceType = root.path("resourceType").asText();
        check(root, resourceType.isEmpty() ? "$" : resourceType);
        return true;
    }

    private void check(JsonNode node, String path) {
        if (node instanceof ObjectNode object) {
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                String name = field.getKey();
                if (name.isEmpty()) {
                    throw refusal(
                            path,
                            "The JSON body has a property with an empty name at " + path + ".",
                            "Give every property its FHIR element name.");
                }
                if (name.equals("resourceType") && field.getValue().asText().isBlank()) {
                    throw refusal(
                            path,
                            "The resource at " + path + " has an empty resourceType.",
                            "Name the resource's type, e.g. \"resourceType\": \"Patient\".");
                }
                JsonNode value = field.getValue();
                if (value.isNull()) {
                    throw refusal(
                            path + "." + name,
                            "The JSON property " + path + "." + name + " is null; FHIR JSON has no null values.",
                            "Leave the property out when it has no value.");
                }
                if (name.equals("reference") && value.isTextual() && isOnlySlashes(value.asText())) {
                    throw refusal(
                            path + "." + name,
                            "The reference " + path + "." + name + " is not a reference: \"" + value.asText() + "\".",
                            "Give the reference as Type/id, an absolute URL or a urn:uuid: of an entry in the Bundle.");
                }
                if (name.equals("boundsPeriod") && value instanceof ObjectNode bounds) {
                    checkBounds(bounds, path + "." + name);
                }
                if (value instanceof ArrayNode array) {
                    checkArray(object, name, array, path + "." + name);
                }
                check(value, path + "." + name);
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                check(array.get(i), path + "[" + i + "]");
            }
        }
    }

    private void checkArray(ObjectNode parent, String name, ArrayNode array, String path) {
        String partner = name.startsWith("_") ? name.substring(1) : "_" + name;
        JsonNode partners = parent.get(partner);
        // The instance validator reads meta.profile from the JSON itself and fails on anything but a string.
        boolean profiles = name.equals("profile") && path.endsWith("meta.profile");
        for (int i = 0; i < array.size(); i++) {
            JsonNode item = array.get(i);
            if (profiles && !item.isTextual()) {
                throw refusal(
                        path,
                        "The profile " + path + "[" + i + "] is not a canonical URL: " + abbreviate(item.toString())
                                + ".",
                        "Give each profile in meta.profile as its canonical URL, or leave it out.");
            }
            if (item.isNull()
                    && !(partners instanceof ArrayNode other
                            && i < other.size()
                            && !other.get(i).isNull())) {
                throw refusal(
                        path,
                        "The JSON array " + path + " holds null at position " + i + " without a value in " + partner
                                + " at that position.",
                        "Leave the empty item out of the array.");
            }
            if (EXTENSION_ARRAYS.contains(name) && !item.isObject()) {
                throw refusal(
                        path,
                        "The extension " + path + "[" + i + "] is not an object: " + abbreviate(item.toString()) + ".",
                        "Give each extension as an object with a url and a value or nested extensions.");
            }
        }
    }

    /**
     * HAPI's date index of a Timing fails with a server error on a bound that has extensions but no value
     * ({@code "_start": {…}} without {@code "start"}), which FHIR allows; refused as not supported.
     */
    private static void checkBounds(ObjectNode bounds, String path) {
        for (String bound : List.of("start", "end")) {
            if (bounds.has("_" + bound) && !bounds.has(bound)) {
                String rule = "The bound " + path + "." + bound + " has extensions but no date; this server cannot"
                        + " index a Timing's bound without a date.";
                throw new UnprocessableEntityException(
                        rule,
                        Outcomes.error(
                                IssueType.NOTSUPPORTED,
                                path + "." + bound,
                                rule,
                                "Give the date, or leave the bound out and say why in an extension on the Period."));
            }
        }
    }

    private static boolean isOnlySlashes(String reference) {
        return !reference.isEmpty() && reference.chars().allMatch(c -> c == '/');
    }

    private static InvalidRequestException refusal(String path, String rule, String whatToDo) {
        return new InvalidRequestException(rule, Outcomes.error(IssueType.STRUCTURE, path, rule, whatToDo));
    }

    private static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
