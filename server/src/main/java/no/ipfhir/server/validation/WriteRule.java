package no.ipfhir.server.validation;

import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * One of the regulation's rules that span resources, checked just before a write commits, after
 * the resource has passed profile validation. A rule refuses a write by throwing a HAPI server
 * exception that carries an OperationOutcome (422 or 409); the whole transaction then rolls back.
 */
public interface WriteRule {

	/**
	 * @param resource the resource as it is about to be stored
	 * @param previous the version it replaces, or {@code null} when it is created
	 */
	void check(IBaseResource resource, IBaseResource previous);
}
