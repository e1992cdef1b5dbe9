package no.ipfhir.server.validation;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.validation.SingleValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.ipfhir.server.kernel.IpPackage;
import org.hl7.fhir.r4.model.ElementDefinition;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.hl7.fhir.r4.model.UriType;
import org.hl7.fhir.utilities.npm.NpmPackage;

/**
 * Words a "minimum required" message of the HL7 validator the way an integrator needs it. The
 * validator places such a message on the element that lacks the child ({@code Patient}) and names the
 * child only in its text; the outcome should point at the missing element itself
 * ({@code Patient.identifier}), and for a missing identifier say which identifier systems the profile
 * expects.
 */
final class MissingElements {

    private static final Pattern MINIMUM =
            Pattern.compile("^([A-Za-z][A-Za-z0-9_.:\\[\\]-]*): minimum required = \\d+");

    /** Per profile URL: the identifier slices' names and their fixed systems, in the profile's order. */
    private final Map<String, List<String>> identifierSystemsByProfile;

    MissingElements(FhirContext fhirContext) {
        this.identifierSystemsByProfile = identifierSystems(fhirContext, IpPackage.load(), IpPackage.loadNoBasis());
    }

    /** The FHIRPath of the missing element, or the validator's location when the message is of another kind. */
    String expression(SingleValidationMessage message) {
        String location = message.getLocationString();
        Matcher matcher = MINIMUM.matcher(message.getMessage() == null ? "" : message.getMessage());
        if (location == null || !matcher.find()) {
            return location;
        }
        String missing = matcher.group(1).replaceAll(":[^.]+", "");
        String locationPath = location.replaceAll("\\[\\d+]", "");
        if (!missing.startsWith(locationPath + ".")) {
            return location;
        }
        return location + missing.substring(locationPath.length());
    }

    /** For a missing identifier: the systems the profile expects, as a sentence; otherwise null. */
    String expectedIdentifiers(SingleValidationMessage message, List<String> profiles) {
        String expression = expression(message);
        if (expression == null
                || !expression.endsWith(".identifier")
                || expression.equals(message.getLocationString())) {
            return null;
        }
        List<String> systems = profiles.stream()
                .flatMap(
                        profile -> identifierSystemsByProfile.getOrDefault(profile.split("\\|")[0], List.of()).stream())
                .distinct()
                .toList();
        return systems.isEmpty()
                ? null
                : "Expected an identifier with one of these systems: " + String.join(", ", systems) + ".";
    }

    /**
     * The identifier slices with a fixed system of each profile, its own and those of the profiles it derives
     * from (the IP profiles inherit most of theirs from no-basis).
     */
    private static Map<String, List<String>> identifierSystems(FhirContext fhirContext, NpmPackage... packages) {
        Map<String, StructureDefinition> definitions = new HashMap<>();
        for (NpmPackage npm : packages) {
            try {
                for (String file : npm.list("package")) {
                    // no-basis names its files by profile ("no-basis-Patient.structuredefinition-profile.json").
                    if (file.endsWith(".json")
                            && file.toLowerCase(java.util.Locale.ROOT).contains("structuredefinition")) {
                        try (InputStream in = npm.load("package", file)) {
                            if (fhirContext.newJsonParser().parseResource(in)
                                    instanceof StructureDefinition definition) {
                                definitions.put(definition.getUrl(), definition);
                            }
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the profiles of the FHIR package " + npm.name(), e);
            }
        }
        Map<String, List<String>> byProfile = new HashMap<>();
        for (String url : definitions.keySet()) {
            List<String> systems = new ArrayList<>();
            for (StructureDefinition definition = definitions.get(url);
                    definition != null;
                    definition = definitions.get(definition.getBaseDefinition())) {
                for (String system : ownIdentifierSystems(definition)) {
                    if (systems.stream().noneMatch(known -> known.split(" ")[0].equals(system.split(" ")[0]))) {
                        systems.add(system);
                    }
                }
            }
            if (!systems.isEmpty()) {
                byProfile.put(url, List.copyOf(systems));
            }
        }
        return byProfile;
    }

    private static List<String> ownIdentifierSystems(StructureDefinition definition) {
        List<String> systems = new ArrayList<>();
        for (ElementDefinition element : definition.getDifferential().getElement()) {
            if (element.getId() != null && element.getId().matches("[A-Za-z]+\\.identifier:[^.]+\\.system")) {
                var value = element.hasFixed() ? element.getFixed() : element.getPattern();
                if (value instanceof UriType system) {
                    String slice = element.getId()
                            .replaceFirst("^[A-Za-z]+\\.identifier:", "")
                            .replaceFirst("\\.system$", "");
                    systems.add(slice + " " + system.getValue());
                }
            }
        }
        return systems;
    }
}
