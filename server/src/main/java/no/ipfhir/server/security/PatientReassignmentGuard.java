package no.ipfhir.server.security;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import java.util.Set;
import java.util.TreeSet;
import no.ipfhir.server.config.ServerInterceptor;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.instance.model.api.IIdType;
import org.springframework.stereotype.Component;

/**
 * A stored resource never moves to another patient through the API (OWASP API1, object-level
 * authorisation): an update that would change whose compartment a goal, plan, team or tiltak belongs
 * to is refused, whoever asks. Data recorded on the wrong patient is corrected by ending it there
 * (entered-in-error) and recording it anew on the right one.
 */
@Interceptor
@Component
public class PatientReassignmentGuard implements ServerInterceptor {

	private final FhirContext fhirContext;

	public PatientReassignmentGuard(FhirContext fhirContext) {
		this.fhirContext = fhirContext;
	}

	@Hook(Pointcut.STORAGE_PRESTORAGE_RESOURCE_UPDATED)
	public void refuseMovingToAnotherPatient(RequestDetails request, IBaseResource oldResource, IBaseResource newResource) {
		if (!PlanAuthorizationInterceptor.fromOutside(request) || oldResource == null
				|| "Patient".equals(fhirContext.getResourceType(newResource))
				|| fhirContext.getResourceDefinition(newResource).getSearchParamsForCompartmentName("Patient").isEmpty()) {
			return;
		}
		Set<String> before = owners(oldResource);
		Set<String> after = owners(newResource);
		if (!before.isEmpty() && !before.equals(after)) {
			throw new ForbiddenOperationException(fhirContext.getResourceType(newResource) + " "
					+ oldResource.getIdElement().getIdPart() + " belongs to another patient than the update names: a resource "
					+ "cannot be moved to another patient. If it was recorded on the wrong patient, set its status to "
					+ "entered-in-error and record it anew on the right patient.");
		}
	}

	private Set<String> owners(IBaseResource resource) {
		Set<String> owners = new TreeSet<>();
		for (IIdType owner : fhirContext.newTerser().getCompartmentOwnersForResource("Patient", resource, Set.of())) {
			// Compartment parameters also reach practitioners and relatives (a team's members); only patients count.
			if ("Patient".equals(owner.getResourceType())) {
				owners.add(owner.toUnqualifiedVersionless().getValue());
			}
		}
		return owners;
	}
}
