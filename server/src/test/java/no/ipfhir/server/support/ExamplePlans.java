package no.ipfhir.server.support;

import ca.uhn.fhir.context.FhirContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Resource;

/**
 * The example plans of the FHIR package ({@code fhir-package/examples/*.json}), made fresh for each
 * use: every identifier gets a new synthetic value (fødselsnummer and organisasjonsnummer with valid
 * check digits), and each entry's {@code ifNoneExist} follows, so that runs never meet each other's
 * data. Identifiers listed in a shared {@link Identities} keep one new value across plans, so that
 * two plans can share an organisation.
 */
public final class ExamplePlans {

	public static final String PATIENT_A_HJERNESLAG = "ip-a-hjerneslag.json";
	public static final String PATIENT_B_BARN = "ip-b-barn.json";
	public static final String PATIENT_D_KOORDINATORBYTTE = "ip-d-koordinatorbytte.json";

	private static final Set<String> DIRECTORY_TYPES = Set.of("Organization", "Practitioner", "PractitionerRole");
	private static final String FNR = SyntheticIds.FNR_SYSTEM;
	private static final String DNR = "urn:oid:2.16.578.1.12.4.1.4.2";
	private static final String ORGNR = SyntheticIds.ORGNR_SYSTEM;
	private static final String KOMMUNENR = "https://register.geonorge.no/sosi-kodelister/kommunenummer";

	private ExamplePlans() {}

	/** New values for old identifiers ({@code system|value}), shared by the plans made with it. */
	public static final class Identities {
		private final Map<String, String> newValues = new HashMap<>();

		public String newValue(String system, String oldValue) {
			return newValues.computeIfAbsent(system + "|" + oldValue, key -> freshValue(system, oldValue));
		}
	}

	/**
	 * A transaction Bundle of one example plan with fresh identifiers.
	 *
	 * @param markers filled with the new identifier values of what belongs to the patient (not the
	 *     directory resources), for checking that a response does not contain them
	 */
	public static Bundle load(FhirContext fhirContext, String example, Identities identities, Set<String> markers) {
		Bundle bundle;
		try (InputStream json = ExamplePlans.class.getResourceAsStream("/fhir-package/examples/" + example)) {
			if (json == null) {
				throw new IllegalStateException("fhir-package/examples/" + example + " is not on the test classpath");
			}
			bundle = fhirContext.newJsonParser().parseResource(Bundle.class, json);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
			Resource resource = entry.getResource();
			for (Identifier identifier : identifiers(resource)) {
				String value = identities.newValue(identifier.getSystem(), identifier.getValue());
				identifier.setValue(value);
				if (!DIRECTORY_TYPES.contains(resource.fhirType())) {
					markers.add(value);
				}
			}
			String ifNoneExist = entry.getRequest().getIfNoneExist();
			if (ifNoneExist != null && ifNoneExist.startsWith("identifier=")) {
				String[] systemAndValue = ifNoneExist.substring("identifier=".length()).split("\\|", 2);
				entry.getRequest().setIfNoneExist("identifier=" + systemAndValue[0] + "|"
						+ identities.newValue(systemAndValue[0], systemAndValue[1]));
			}
		}
		return bundle;
	}

	public static Set<String> newMarkers() {
		return new LinkedHashSet<>();
	}

	@SuppressWarnings("unchecked")
	private static java.util.List<Identifier> identifiers(Resource resource) {
		try {
			return (java.util.List<Identifier>) resource.getClass().getMethod("getIdentifier").invoke(resource);
		} catch (ReflectiveOperationException | ClassCastException e) {
			return java.util.List.of();
		}
	}

	private static String freshValue(String system, String oldValue) {
		if (FNR.equals(system)) {
			return SyntheticIds.fodselsnummer();
		}
		if (DNR.equals(system)) {
			return dNummer();
		}
		if (KOMMUNENR.equals(system)) {
			return oldValue;
		}
		if (ORGNR.equals(system)) {
			return SyntheticIds.organisasjonsnummer();
		}
		if (oldValue.matches("\\d+")) {
			// HPR-nummer, HER-id, RESH-id, kommunenummer: numbers without a public check digit.
			return String.valueOf(ThreadLocalRandom.current().nextLong(1_000_000L, 99_999_999L));
		}
		return oldValue + "-" + java.util.UUID.randomUUID();
	}

	/** A D-nummer: a Test-Norge fødselsnummer with 40 added to the day, and its control digits made anew. */
	private static String dNummer() {
		while (true) {
			String fnr = SyntheticIds.fodselsnummer();
			String base = (char) (fnr.charAt(0) + 4) + fnr.substring(1, 9);
			int k1 = mod11(base, new int[] {3, 7, 6, 1, 8, 9, 4, 5, 2});
			int k2 = k1 == 10 ? 10 : mod11(base + k1, new int[] {5, 4, 3, 2, 7, 6, 5, 4, 3, 2});
			if (k1 != 10 && k2 != 10) {
				return base + k1 + k2;
			}
		}
	}

	private static int mod11(String digits, int[] weights) {
		int sum = 0;
		for (int i = 0; i < weights.length; i++) {
			sum += (digits.charAt(i) - '0') * weights[i];
		}
		int check = 11 - sum % 11;
		return check == 11 ? 0 : check;
	}
}
