package no.ipfhir.server.support;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.util.FhirTerser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * The guide's example plans (transaction Bundles from the ip-fhir-package artifact), with every
 * identifier replaced by a fresh synthetic one, so each test gets its own patient, organisations and
 * plan and never meets data of earlier tests or runs. Conditional creates and conditional
 * references in the Bundle follow the new identifiers.
 */
public final class ExamplePlans {

    public static final String STROKE_REHABILITATION = "ip-a-hjerneslag";
    public static final String CHILD_HABILITATION = "ip-b-barn";
    public static final String SUB_PLAN = "ip-c-delplan";
    public static final String COORDINATOR_CHANGE = "ip-d-koordinatorbytte";

    private static final Pattern IDENTIFIER_QUERY = Pattern.compile("identifier=([^|&]+)\\|([^&]+)");
    /** Municipality numbers name real municipalities' codes, not anyone: they stay. */
    private static final Set<String> KEPT_SYSTEMS =
            Set.of("https://register.geonorge.no/sosi-kodelister/kommunenummer", "urn:oid:2.16.578.1.12.4.1.1.3402");

    private ExamplePlans() {}

    public static Bundle fresh(FhirContext fhirContext, String example) {
        Bundle bundle = load(fhirContext, example);
        Map<String, String> replacements = new HashMap<>();
        FhirTerser terser = fhirContext.newTerser();
        for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
            for (Identifier identifier :
                    terser.getAllPopulatedChildElementsOfType(entry.getResource(), Identifier.class)) {
                if (!KEPT_SYSTEMS.contains(identifier.getSystem())) {
                    identifier.setValue(replacements.computeIfAbsent(
                            identifier.getSystem() + "|" + identifier.getValue(),
                            key -> freshValue(identifier.getSystem())));
                }
            }
        }
        for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
            if (entry.getRequest().hasIfNoneExist()) {
                entry.getRequest().setIfNoneExist(rewrite(entry.getRequest().getIfNoneExist(), replacements));
            }
            for (Reference reference :
                    terser.getAllPopulatedChildElementsOfType(entry.getResource(), Reference.class)) {
                if (reference.hasReference() && reference.getReference().contains("?")) {
                    reference.setReference(rewrite(reference.getReference(), replacements));
                }
            }
        }
        return bundle;
    }

    /** Types that name services and people rather than the patient: many plans share them. */
    public static final Set<String> REGISTRY_TYPES = Set.of("Organization", "Practitioner", "PractitionerRole");

    /**
     * A fresh plan for a new patient whose organisations, practitioners and roles are those of
     * {@code registry} (a fresh Bundle of the same example), as when an EHR sends many plans of one
     * municipality: their conditional creates name the same resources.
     */
    public static Bundle freshSharingRegistry(FhirContext fhirContext, String example, Bundle registry) {
        Bundle bundle = fresh(fhirContext, example);
        Map<String, String> toShared = new HashMap<>();
        for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
            if (REGISTRY_TYPES.contains(entry.getResource().fhirType())) {
                List<Identifier> own = fhirContext
                        .newTerser()
                        .getAllPopulatedChildElementsOfType(entry.getResource(), Identifier.class);
                List<Identifier> shared = fhirContext
                        .newTerser()
                        .getAllPopulatedChildElementsOfType(
                                entry(registry, entry.getFullUrl()).getResource(), Identifier.class);
                for (int i = 0; i < own.size(); i++) {
                    toShared.put(own.get(i).getValue(), shared.get(i).getValue());
                }
            }
        }
        String json = fhirContext.newJsonParser().encodeResourceToString(bundle);
        for (Map.Entry<String, String> replacement : toShared.entrySet()) {
            json = json.replace("\"" + replacement.getKey() + "\"", "\"" + replacement.getValue() + "\"")
                    .replace("|" + replacement.getKey(), "|" + replacement.getValue());
        }
        return fhirContext.newJsonParser().parseResource(Bundle.class, json);
    }

    /** The first resource of a type in the Bundle. */
    public static <T extends Resource> T first(Bundle bundle, Class<T> type) {
        return bundle.getEntry().stream()
                .map(Bundle.BundleEntryComponent::getResource)
                .filter(type::isInstance)
                .map(type::cast)
                .findFirst()
                .orElseThrow(() -> new AssertionError("No " + type.getSimpleName() + " in the example"));
    }

    /** The entry with this fullUrl (the examples' {@code urn:uuid:} fullUrls are kept). */
    public static Bundle.BundleEntryComponent entry(Bundle bundle, String fullUrl) {
        return bundle.getEntry().stream()
                .filter(e -> fullUrl.equals(e.getFullUrl()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No entry " + fullUrl));
    }

    /** The fullUrl of the examples' municipal service that runs the plan (its koordinator's organisation). */
    public static final String MUNICIPALITY = "urn:uuid:00000000-0000-4000-8001-000000000002";

    /**
     * A user token of the municipality's EHR ({@code user/*.cruds} with the organisation's orgnr): the
     * least-privileged credentials a client of this plan holds.
     */
    public static String municipalityEhrToken(Bundle example) {
        String orgnr = ((org.hl7.fhir.r4.model.Organization)
                        entry(example, MUNICIPALITY).getResource())
                .getIdentifierFirstRep()
                .getValue();
        return TestIssuer.get()
                .token("user/*.cruds")
                .orgnr(orgnr)
                .clientId("kommune-ehr")
                .sign();
    }

    /** The patient's fødselsnummer (or D-nummer) in the Bundle. */
    public static String patientNumber(Bundle bundle) {
        return first(bundle, org.hl7.fhir.r4.model.Patient.class)
                .getIdentifierFirstRep()
                .getValue();
    }

    public static Bundle load(FhirContext fhirContext, String example) {
        String path = "fhir-package/examples/" + example + ".json";
        try (InputStream in = ExamplePlans.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is not on the classpath");
            }
            return fhirContext.newJsonParser().parseResource(Bundle.class, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String rewrite(String query, Map<String, String> replacements) {
        Matcher matcher = IDENTIFIER_QUERY.matcher(query);
        StringBuilder rewritten = new StringBuilder();
        while (matcher.find()) {
            String system = matcher.group(1);
            String value = replacements.getOrDefault(system + "|" + matcher.group(2), matcher.group(2));
            matcher.appendReplacement(rewritten, Matcher.quoteReplacement("identifier=" + system + "|" + value));
        }
        matcher.appendTail(rewritten);
        return rewritten.toString();
    }

    private static String freshValue(String system) {
        return switch (system == null ? "" : system) {
            case SyntheticIds.FNR_SYSTEM -> SyntheticIds.fodselsnummer();
            case SyntheticIds.DNR_SYSTEM -> SyntheticIds.dNummer();
            case SyntheticIds.ORGNR_SYSTEM -> SyntheticIds.organisasjonsnummer();
            case "urn:oid:2.16.578.1.12.4.1.4.4",
                    "urn:oid:2.16.578.1.12.4.1.4.102",
                    "urn:oid:2.16.578.1.12.4.1.2" -> SyntheticIds.digits(9);
            default -> SyntheticIds.unique("x");
        };
    }
}
