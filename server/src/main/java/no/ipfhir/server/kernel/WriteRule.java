package no.ipfhir.server.kernel;

import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * One of the regulation's rules that span resources, a {@link WriteStep} of switch
 * {@link WriteStep.Switch#RULES}, checked just before a write commits, after the resource has passed
 * profile validation. It reads stored resources only through a {@link SystemReader}, so it can be tested
 * without a database. A rule refuses a write by throwing a HAPI server
 * exception that carries an OperationOutcome (422 or 409); the whole transaction then rolls back.
 */
public interface WriteRule {

    /** The step of the write pipeline this rule is. */
    WriteStep step();

    /**
     * @param resource the resource as it is about to be stored
     * @param previous the version it replaces, or {@code null} when it is created
     */
    void check(IBaseResource resource, IBaseResource previous);
}
