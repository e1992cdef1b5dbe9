package no.ipfhir.identifier;

import java.util.Optional;

/**
 * The outcome of checking one identifier: valid, or the reason it is not, in words an
 * integrator can act on.
 */
public record CheckResult(IdentifierType type, String value, Optional<String> problem) {

    static CheckResult valid(IdentifierType type, String value) {
        return new CheckResult(type, value, Optional.empty());
    }

    static CheckResult invalid(IdentifierType type, String value, String problem) {
        return new CheckResult(type, value, Optional.of(problem));
    }

    public boolean isValid() {
        return problem.isEmpty();
    }

    /** E.g. "Fødselsnummer 13057444850 is not valid: the first control digit (digit 10) does not match digits 1-9." */
    public String message() {
        return problem.map(p -> type.label() + " " + value + " is not valid: " + p)
                .orElse(type.label() + " " + value + " is valid.");
    }
}
