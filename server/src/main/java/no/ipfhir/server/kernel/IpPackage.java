package no.ipfhir.server.kernel;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hl7.fhir.utilities.npm.NpmPackage;

/**
 * The project's FHIR package (profiles, terminology), read from the classpath where the
 * {@code ip-fhir-package} artifact puts it. No network is involved.
 */
public final class IpPackage {

    public static final String CLASSPATH_LOCATION = "fhir-package/no.ipfhir.ip.tgz";
    /** HL7 Norway's base profiles, which the IP profiles derive from (vendored in ig/packages/). */
    public static final String NO_BASIS_CLASSPATH_LOCATION = "fhir-package/hl7.fhir.no.basis-2.2.0.tgz";

    public static final String CANONICAL_BASE = "https://ip-fhir.org/fhir";
    public static final String PROFILE_BASE = CANONICAL_BASE + "/StructureDefinition/";
    public static final String CODE_SYSTEM_BASE = CANONICAL_BASE + "/CodeSystem/";

    /** The IP profile every resource of these types is validated against, whatever it claims. */
    private static final Map<String, String> PROFILE_BY_TYPE = Map.ofEntries(
            Map.entry("CarePlan", PROFILE_BASE + "no-ip-CarePlan"),
            Map.entry("CareTeam", PROFILE_BASE + "no-ip-CareTeam"),
            Map.entry("Goal", PROFILE_BASE + "no-ip-Goal"),
            Map.entry("ServiceRequest", PROFILE_BASE + "no-ip-Tiltak"),
            Map.entry("EpisodeOfCare", PROFILE_BASE + "no-ip-Behovsmelding"),
            Map.entry("Consent", PROFILE_BASE + "no-ip-Consent"),
            Map.entry("Patient", PROFILE_BASE + "no-ip-Patient"),
            Map.entry("Practitioner", PROFILE_BASE + "no-ip-Practitioner"),
            Map.entry("PractitionerRole", PROFILE_BASE + "no-ip-PractitionerRole"),
            Map.entry("Organization", PROFILE_BASE + "no-ip-Organization"),
            Map.entry("RelatedPerson", PROFILE_BASE + "no-ip-RelatedPerson"));

    private IpPackage() {}

    public static Optional<String> profileFor(String resourceType) {
        return Optional.ofNullable(PROFILE_BY_TYPE.get(resourceType));
    }

    /** Every resource of a type in the project's package (its {@code Type-id.json} files), parsed. */
    public static <T extends org.hl7.fhir.r4.model.Resource> List<T> resources(Class<T> type) {
        NpmPackage npm = load();
        var parser = ca.uhn.fhir.context.FhirContext.forR4Cached().newJsonParser();
        List<T> resources = new ArrayList<>();
        try {
            for (String file : npm.list("package")) {
                if (file.startsWith(type.getSimpleName() + "-") && file.endsWith(".json")) {
                    try (InputStream in = npm.load("package", file)) {
                        resources.add(parser.parseResource(type, in));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Cannot read the " + type.getSimpleName() + " resources of the FHIR package", e);
        }
        return List.copyOf(resources);
    }

    public static byte[] bytes() {
        return bytes(CLASSPATH_LOCATION);
    }

    public static NpmPackage load() {
        return load(CLASSPATH_LOCATION);
    }

    public static NpmPackage loadNoBasis() {
        return load(NO_BASIS_CLASSPATH_LOCATION);
    }

    private static byte[] bytes(String location) {
        try (InputStream in = IpPackage.class.getClassLoader().getResourceAsStream(location)) {
            if (in == null) {
                throw new IllegalStateException(location + " is not on the classpath (artifact ip-fhir-package)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static NpmPackage load(String location) {
        try {
            return NpmPackage.fromPackage(new ByteArrayInputStream(bytes(location)));
        } catch (IOException e) {
            throw new UncheckedIOException("The FHIR package " + location + " cannot be read", e);
        }
    }
}
