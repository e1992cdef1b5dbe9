package no.ipfhir.ig;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.validation.SingleValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.utilities.npm.NpmPackage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The IP profiles are built on HL7 Norway's no-basis, in both directions: every example resource
 * of a type no-basis profiles is also a valid no-basis resource, and no-basis's own examples are
 * valid IP resources unless they lack what a plan needs.
 */
class NoBasisTest {

    private static final String NO_BASIS = "http://hl7.no/fhir/StructureDefinition/no-basis-";
    private static final String IP = "https://ip-fhir.org/fhir/StructureDefinition/no-ip-";
    private static final Set<String> DERIVED_TYPES =
            Set.of("Patient", "Practitioner", "PractitionerRole", "Organization", "RelatedPerson");
    private static final FhirContext CTX = FhirContext.forR4Cached();
    private static PackageValidator validator;
    private static NpmPackage noBasis;

    @BeforeAll
    static void load() throws IOException {
        validator = new PackageValidator(CTX);
        try (InputStream in = NoBasisTest.class.getResourceAsStream("/fhir-package/hl7.fhir.no.basis-2.2.0.tgz")) {
            noBasis = NpmPackage.fromPackage(in);
        }
    }

    @Test
    void everyDerivedProfileHasItsNoBasisProfileAsBase() throws IOException {
        NpmPackage ip;
        try (InputStream in = NoBasisTest.class.getResourceAsStream("/fhir-package/no.ipfhir.ip.tgz")) {
            ip = NpmPackage.fromPackage(in);
        }
        for (String type : DERIVED_TYPES) {
            try (InputStream in = ip.loadByCanonical(IP + type)) {
                var profile = (org.hl7.fhir.r4.model.StructureDefinition)
                        CTX.newJsonParser().parseResource(in);
                assertEquals(NO_BASIS + type, profile.getBaseDefinition(), "base of no-ip-" + type);
            }
        }
    }

    @TestFactory
    Stream<DynamicTest> everyExampleResourceIsAlsoValidNoBasis() throws IOException {
        List<Path> examples;
        try (Stream<Path> files = Files.list(folder("fhir-package/examples"))) {
            examples =
                    files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        return examples.stream().flatMap(file -> {
            Bundle bundle = parse(Bundle.class, file);
            return bundle.getEntry().stream()
                    .map(Bundle.BundleEntryComponent::getResource)
                    .filter(resource -> DERIVED_TYPES.contains(resource.fhirType()))
                    .map(resource -> DynamicTest.dynamicTest(
                            file.getFileName() + " " + resource.fhirType() + " "
                                    + resource.getIdElement().getIdPart(),
                            () -> {
                                Resource onlyNoBasis = resource.copy();
                                onlyNoBasis.getMeta().getProfile().clear();
                                onlyNoBasis.getMeta().addProfile(NO_BASIS + resource.fhirType());
                                List<SingleValidationMessage> errors = validator.errors(onlyNoBasis);
                                assertTrue(
                                        errors.isEmpty(),
                                        () -> "against no-basis-" + resource.fhirType() + ":\n" + describe(errors));
                            }));
        });
    }

    /** no-basis's own examples that are plausible IP resources (valid identifiers, a name). */
    @TestFactory
    Stream<DynamicTest> plausibleNoBasisExamplesAreValidIpResources() {
        return Stream.of(
                        "no-basis-Patient-Jannice-Søreng.json",
                        "no-basis-Practitioner-example.json",
                        "no-basis-Organization-example.json",
                        "no-basis-RelatedPerson-Solid-æresdoktor.json",
                        "no-basis-RelatedPerson-Ærlend-Sørgård.json")
                .map(name -> DynamicTest.dynamicTest(name, () -> {
                    Resource resource = noBasisExample(name);
                    List<SingleValidationMessage> errors = validator.errors(resource, IP + resource.fhirType());
                    assertTrue(
                            errors.isEmpty(),
                            () -> name + " against no-ip-" + resource.fhirType() + ":\n" + describe(errors));
                }));
    }

    /** no-basis's examples that a plan cannot use, with what the validator says is missing. */
    @TestFactory
    Stream<DynamicTest> implausibleNoBasisExamplesAreRefusedWithTheReason() {
        Map<String, String> expected = Map.of(
                "no-basis-Patient-Espen-Eksempel.json", "no-ip-fnr",
                "Patient-e70f0ba2-44d8-4f14-9c3a-ff4c6ead7473.json", "Patient.identifier: minimum required = 1");
        return expected.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(entry -> DynamicTest.dynamicTest(entry.getKey(), () -> {
                    Resource resource = noBasisExample(entry.getKey());
                    List<SingleValidationMessage> errors = validator.errors(resource, IP + resource.fhirType());
                    assertFalse(errors.isEmpty(), entry.getKey() + " is refused");
                    assertTrue(
                            errors.stream().anyMatch(m -> m.getMessage().contains(entry.getValue())),
                            () -> entry.getKey() + " fails with '" + entry.getValue() + "', but got:\n"
                                    + describe(errors));
                }));
    }

    private static Resource noBasisExample(String name) throws IOException {
        try (InputStream in = noBasis.load("examples", name)) {
            return (Resource) CTX.newJsonParser().parseResource(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private static <T extends Resource> T parse(Class<T> type, Path file) {
        try {
            return CTX.newJsonParser().parseResource(type, Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Path folder(String classpathFolder) throws IOException {
        try {
            return Path.of(NoBasisTest.class.getResource("/" + classpathFolder).toURI());
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
