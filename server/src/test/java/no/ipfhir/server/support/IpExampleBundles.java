package no.ipfhir.server.support;

import ca.uhn.fhir.context.FhirContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Property;
import org.hl7.fhir.r4.model.Base;

/**
 * The IP package's example transaction Bundles ({@code fhir-package/examples/}), with fresh synthetic
 * identifiers: every fødselsnummer, organisasjonsnummer, HPR-nummer and every identifier a conditional create
 * looks for is replaced (check digits kept), consistently in resources and {@code ifNoneExist}, so that each
 * load creates a new patient, new organisations and a new plan instead of matching an earlier run's.
 */
public final class IpExampleBundles {

	private static final String HPR_SYSTEM = "urn:oid:2.16.578.1.12.4.1.4.4";

	private IpExampleBundles() {}

	/** e.g. {@code fresh(ctx, "ip-a-hjerneslag")} */
	public static Bundle fresh(FhirContext fhirContext, String name) {
		Bundle bundle = load(fhirContext, name);
		Map<String, String> replacements = new HashMap<>();
		for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
			String ifNoneExist = entry.getRequest().getIfNoneExist();
			if (ifNoneExist != null && ifNoneExist.startsWith("identifier=")) {
				String token = ifNoneExist.substring("identifier=".length());
				replacements.computeIfAbsent(token, IpExampleBundles::freshToken);
			}
			identifiersOf(entry.getResource()).forEach(identifier -> {
				String token = identifier.getSystem() + "|" + identifier.getValue();
				if (isNationalIdentifier(identifier.getSystem())) {
					replacements.computeIfAbsent(token, IpExampleBundles::freshToken);
				}
			});
		}
		for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
			for (Identifier identifier : identifiersOf(entry.getResource())) {
				String replacement = replacements.get(identifier.getSystem() + "|" + identifier.getValue());
				if (replacement != null) {
					identifier.setValue(replacement.substring(replacement.indexOf('|') + 1));
				}
			}
			String ifNoneExist = entry.getRequest().getIfNoneExist();
			if (ifNoneExist != null && ifNoneExist.startsWith("identifier=")) {
				entry.getRequest().setIfNoneExist("identifier=" + replacements.get(ifNoneExist.substring("identifier=".length())));
			}
		}
		return bundle;
	}

	/** The entry with this fullUrl (the examples' {@code urn:uuid:} fullUrls are kept). */
	public static Bundle.BundleEntryComponent entry(Bundle bundle, String fullUrl) {
		return bundle.getEntry().stream()
				.filter(e -> fullUrl.equals(e.getFullUrl()))
				.findFirst()
				.orElseThrow(() -> new IllegalArgumentException("No entry " + fullUrl));
	}

	private static Bundle load(FhirContext fhirContext, String name) {
		String path = "/fhir-package/examples/" + name + ".json";
		try (InputStream in = IpExampleBundles.class.getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalArgumentException("No example " + path + " on the classpath");
			}
			return fhirContext.newJsonParser().parseResource(Bundle.class, in);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static boolean isNationalIdentifier(String system) {
		return SyntheticIds.FNR_SYSTEM.equals(system) || SyntheticIds.ORGNR_SYSTEM.equals(system) || HPR_SYSTEM.equals(system);
	}

	private static String freshToken(String token) {
		int bar = token.indexOf('|');
		String system = token.substring(0, bar);
		String value = switch (system) {
			case SyntheticIds.FNR_SYSTEM -> SyntheticIds.fodselsnummer();
			case SyntheticIds.ORGNR_SYSTEM -> SyntheticIds.organisasjonsnummer();
			case HPR_SYSTEM -> String.valueOf(ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999));
			default -> token.substring(bar + 1) + "-" + SyntheticIds.unique("").substring(1, 9);
		};
		return system + "|" + value;
	}

	private static java.util.List<Identifier> identifiersOf(Resource resource) {
		Property property = resource.getNamedProperty("identifier");
		if (property == null) {
			return java.util.List.of();
		}
		return property.getValues().stream().map(Base.class::cast).map(Identifier.class::cast).toList();
	}
}
