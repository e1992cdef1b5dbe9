package no.ipfhir.identifier;

import java.util.Arrays;
import java.util.Optional;

/** The Norwegian identifiers whose check digits are verified, with the system each is sent under. */
public enum IdentifierType {
    FODSELSNUMMER("Fødselsnummer", "urn:oid:2.16.578.1.12.4.1.4.1"),
    D_NUMMER("D-nummer", "urn:oid:2.16.578.1.12.4.1.4.2"),
    /** Issued locally by health institutions; there is no national identifier system for it. */
    H_NUMMER("H-nummer", null),
    FH_NUMMER("FH-nummer", "urn:oid:2.16.578.1.12.4.1.4.3"),
    ORGANISASJONSNUMMER("Organisasjonsnummer", "urn:oid:2.16.578.1.12.4.1.4.101");

    private final String label;
    private final String system;

    IdentifierType(String label, String system) {
        this.label = label;
        this.system = system;
    }

    /** The Norwegian name, as integrators know it. */
    public String label() {
        return label;
    }

    /** The identifier system (as in HL7 Norway's no-basis profiles), empty for H-nummer. */
    public Optional<String> system() {
        return Optional.ofNullable(system);
    }

    /** The identifier type sent under the given system, if it is one whose check digits are verified. */
    public static Optional<IdentifierType> forSystem(String system) {
        return Arrays.stream(values())
                .filter(t -> t.system != null && t.system.equals(system))
                .findFirst();
    }
}
