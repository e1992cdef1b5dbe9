package no.ipfhir.server.kernel;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import no.ipfhir.identifier.IdentifierType;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.CodeableConcept;

/**
 * The codes and identifier systems the server itself acts on, and the words for the project's codes.
 * Displays come from the CodeSystems of the project's own FHIR package ({@link IpPackage}), the same
 * ones the server installs, so a code is worded in one place: its FSH.
 */
public final class IpCodes {

    public static final String PLAN_CATEGORY_SYSTEM = IpPackage.CODE_SYSTEM_BASE + "no-ip-plankategori";
    public static final String INDIVIDUAL_PLAN = "individuell-plan";
    public static final String ROLE_SYSTEM = IpPackage.CODE_SYSTEM_BASE + "no-ip-rolle";
    public static final String COORDINATOR = "koordinator";
    public static final String CONSENT_CATEGORY_SYSTEM = IpPackage.CODE_SYSTEM_BASE + "no-ip-samtykketype";
    public static final String NEXT_EVALUATION_EXTENSION = IpPackage.PROFILE_BASE + "no-ip-nextEvaluation";
    public static final String SERVICE_SECTOR_SYSTEM = IpPackage.CODE_SYSTEM_BASE + "no-ip-tjenestesektor";
    public static final String SPECIALIST_HEALTH_SERVICE = "spesialisthelsetjeneste";
    /** What a Melding om behov (EpisodeOfCare) reports a need for: individuell-plan or koordinator. */
    public static final String NEED_REPORT_TYPE_SYSTEM = IpPackage.CODE_SYSTEM_BASE + "no-ip-behovsmeldingstype";
    /** The styringsdata's stratifiers and group codes. */
    public static final String STYRINGSDATA_SYSTEM = IpPackage.CODE_SYSTEM_BASE + "no-ip-styringsdata";
    /** Kommunenummer (Kartverket's register), on a municipality's Organization. */
    public static final String KOMMUNENUMMER = "https://register.geonorge.no/sosi-kodelister/kommunenummer";
    /** Helsepersonellkategori (Volven 9060), as no-basis codes a Practitioner's qualification. */
    public static final String HEALTH_PERSONNEL_CATEGORY = "urn:oid:2.16.578.1.12.4.1.1.9060";

    public static final String ORGANISASJONSNUMMER =
            IdentifierType.ORGANISASJONSNUMMER.system().orElseThrow();
    /** HER-id (Adresseregisteret), the address of an organisation or person in Norsk Helsenett. */
    public static final String HER_ID = "urn:oid:2.16.578.1.12.4.1.2";
    /** HPR-nummer (Helsepersonellregisteret). */
    public static final String HPR_NUMMER = "urn:oid:2.16.578.1.12.4.1.4.4";

    private static volatile Map<String, String> displays;

    private IpCodes() {}

    /** A koordinator role on a care team participant. */
    public static boolean isCoordinator(CodeableConcept role) {
        return role.hasCoding(ROLE_SYSTEM, COORDINATOR);
    }

    /** The bokmål display the package gives a code of one of the project's CodeSystems. */
    public static Optional<String> display(String system, String code) {
        return Optional.ofNullable(displays().get(system + "|" + code));
    }

    /** A concept in words: the package's display of its first project code, else its text or first display. */
    public static String words(CodeableConcept concept) {
        for (var coding : concept.getCoding()) {
            Optional<String> display = display(coding.getSystem(), coding.getCode());
            if (display.isPresent()) {
                return display.get();
            }
        }
        if (concept.hasText()) {
            return concept.getText();
        }
        return concept.getCoding().stream()
                .map(c -> c.hasDisplay() ? c.getDisplay() : c.getCode())
                .findFirst()
                .orElse("");
    }

    private static Map<String, String> displays() {
        Map<String, String> loaded = displays;
        if (loaded == null) {
            loaded = readDisplays();
            displays = loaded;
        }
        return loaded;
    }

    private static Map<String, String> readDisplays() {
        Map<String, String> words = new HashMap<>();
        for (CodeSystem codeSystem : IpPackage.resources(CodeSystem.class)) {
            addConcepts(codeSystem.getUrl(), codeSystem.getConcept(), words);
        }
        return Map.copyOf(words);
    }

    private static void addConcepts(
            String system, java.util.List<CodeSystem.ConceptDefinitionComponent> concepts, Map<String, String> words) {
        for (CodeSystem.ConceptDefinitionComponent concept : concepts) {
            if (concept.hasDisplay()) {
                words.put(system + "|" + concept.getCode(), concept.getDisplay());
            }
            addConcepts(system, concept.getConcept(), words);
        }
    }
}
