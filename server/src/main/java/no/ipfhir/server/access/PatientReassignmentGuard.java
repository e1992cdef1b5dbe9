package no.ipfhir.server.access;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import java.util.Set;
import no.ipfhir.server.kernel.PatientOf;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.springframework.stereotype.Component;

/**
 * A stored resource never moves to another patient through the API (OWASP API1, object-level
 * authorisation): an update that would change whose compartment a goal, plan, team or tiltak belongs
 * to is refused, whoever asks. Data recorded on the wrong patient is corrected by ending it there
 * (entered-in-error) and recording it anew on the right one.
 */
@Component
public class PatientReassignmentGuard {

    private final FhirContext fhirContext;
    private final PatientOf patientOf;

    public PatientReassignmentGuard(FhirContext fhirContext, PatientOf patientOf) {
        this.fhirContext = fhirContext;
        this.patientOf = patientOf;
    }

    public void check(RequestDetails request, IBaseResource oldResource, IBaseResource newResource) {
        if (!PlanAuthorizationInterceptor.fromOutside(request)
                || oldResource == null
                || "Patient".equals(fhirContext.getResourceType(newResource))
                || !patientOf.hasPatientCompartment(fhirContext.getResourceType(newResource))) {
            return;
        }
        Set<String> before = patientOf.patients(oldResource);
        Set<String> after = patientOf.patients(newResource);
        if (!before.isEmpty() && !before.equals(after)) {
            throw new ForbiddenOperationException(fhirContext.getResourceType(newResource) + " "
                    + oldResource.getIdElement().getIdPart()
                    + " belongs to another patient than the update names: a resource "
                    + "cannot be moved to another patient. If it was recorded on the wrong patient, set its status to "
                    + "entered-in-error and record it anew on the right patient.");
        }
    }
}
