package no.ipfhir.identifier;

/** An invalid identifier found in a resource, with its FHIRPath location (e.g. {@code Patient.identifier[0]}). */
public record IdentifierProblem(String expression, CheckResult result) {

    public String message() {
        return result.message();
    }
}
