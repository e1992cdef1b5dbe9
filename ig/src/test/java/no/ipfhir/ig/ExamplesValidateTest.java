package no.ipfhir.ig;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.validation.SingleValidationMessage;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every example Bundle validates without errors against the package, every resource in it
 * claims one of the package's profiles, and every counter-example fails with the message
 * recorded for it in counter-examples/expectations.json.
 */
class ExamplesValidateTest {

    private static final String CANONICAL = "https://ip-fhir.org/fhir/StructureDefinition/";
    private static final FhirContext CTX = FhirContext.forR4Cached();
    private static PackageValidator validator;

    @BeforeAll
    static void loadPackage() {
        validator = new PackageValidator(CTX);
    }

    @TestFactory
    Stream<DynamicTest> everyExampleIsValid() throws IOException {
        return files("fhir-package/examples")
                .map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
                    Bundle bundle = parseBundle(file);
                    assertEquals(Bundle.BundleType.TRANSACTION, bundle.getType(), "examples are transaction Bundles");
                    for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
                        Resource resource = entry.getResource();
                        assertTrue(
                                entry.getFullUrl().startsWith("urn:uuid:"),
                                "fullUrl is a urn:uuid: " + entry.getFullUrl());
                        assertTrue(
                                resource.getMeta().getProfile().stream()
                                        .anyMatch(p -> p.getValue().startsWith(CANONICAL)),
                                resource.fhirType() + " in " + entry.getFullUrl() + " claims a no-ip profile");
                    }
                    List<SingleValidationMessage> errors = validator.errors(bundle);
                    assertTrue(errors.isEmpty(), () -> "errors in " + file.getFileName() + ":\n" + describe(errors));
                }));
    }

    @TestFactory
    Stream<DynamicTest> everyCounterExampleFailsWithItsExpectedMessage() throws IOException {
        JsonNode expectations = expectations();
        return files("fhir-package/counter-examples")
                .filter(file -> !file.getFileName().toString().equals("expectations.json"))
                .map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
                    JsonNode expected = expectations.get(file.getFileName().toString());
                    assertNotNull(expected, "expectations.json has an entry for " + file.getFileName());
                    List<SingleValidationMessage> errors = validator.errors(
                            CTX.newJsonParser().parseResource(Files.readString(file, StandardCharsets.UTF_8)));
                    assertFalse(errors.isEmpty(), file.getFileName() + " is rejected");
                    assertTrue(
                            errors.stream().anyMatch(m -> m.getMessage().contains(expected.asText())),
                            () -> file.getFileName() + " fails with '" + expected.asText() + "', but got:\n"
                                    + describe(errors));
                }));
    }

    @Test
    void everyExpectationHasItsCounterExample() throws IOException {
        Set<String> files;
        try (Stream<Path> stream = files("fhir-package/counter-examples")) {
            files = stream.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        }
        Set<String> expected = new TreeSet<>();
        expectations().fieldNames().forEachRemaining(expected::add);
        expected.add("expectations.json");
        assertEquals(expected, files);
    }

    private static JsonNode expectations() throws IOException {
        try (InputStream in =
                ExamplesValidateTest.class.getResourceAsStream("/fhir-package/counter-examples/expectations.json")) {
            return new ObjectMapper().readTree(in);
        }
    }

    private static Bundle parseBundle(Path file) throws IOException {
        return CTX.newJsonParser().parseResource(Bundle.class, Files.readString(file, StandardCharsets.UTF_8));
    }

    private static Stream<Path> files(String classpathFolder) throws IOException {
        try {
            Path folder = Path.of(ExamplesValidateTest.class
                    .getResource("/" + classpathFolder)
                    .toURI());
            return Files.list(folder)
                    .filter(p -> p.toString().endsWith(".json"))
                    .sorted();
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
    }

    private static String describe(List<SingleValidationMessage> messages) {
        return messages.stream()
                .map(m -> "  " + m.getLocationString() + ": " + m.getMessage())
                .collect(Collectors.joining("\n"));
    }
}
