package no.ipfhir.server.access;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.i18n.Msg;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.util.ResourceReferenceInfo;
import java.util.HashSet;
import java.util.Set;
import no.ipfhir.server.kernel.PatientOf;
import no.ipfhir.server.kernel.SystemReader;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.IdType;
import org.springframework.stereotype.Component;

/**
 * A write links only to what the caller may reach (and to registry resources): a reference into the
 * data of a patient the caller may not reach answers exactly like a reference to a resource that does
 * not exist — same status, same message — so a write is neither a way to learn that another patient's
 * plan exists nor a way to tie one's own data to it. Conditional references resolve across every
 * patient, so a caller restricted to some patients may use them for registry resources only.
 */
@Component
public class ReferenceReachabilityRule {

    private final FhirContext fhirContext;
    private final PlanAccess access;
    private final PlanStart planStart;
    private final PatientOf patientOf;
    private final SystemReader reader;

    public ReferenceReachabilityRule(
            FhirContext fhirContext, PlanAccess access, PlanStart planStart, PatientOf patientOf, SystemReader reader) {
        this.fhirContext = fhirContext;
        this.access = access;
        this.planStart = planStart;
        this.patientOf = patientOf;
        this.reader = reader;
    }

    /** The write pipeline's step for a resource created or updated. */
    public void check(RequestDetails request, IBaseResource resource) {
        if (!PlanAuthorizationInterceptor.fromOutside(request)) {
            return;
        }
        AccessGrant grant = access.grant(request);
        if (grant.unrestricted()) {
            return;
        }
        Set<String> writtenHere = writtenInThisRequest(request);
        String type = fhirContext.getResourceType(resource);
        for (ResourceReferenceInfo info : fhirContext.newTerser().getAllResourceReferences(resource)) {
            String value = info.getResourceReference().getReferenceElement().getValue();
            if (value == null || value.startsWith("#") || value.startsWith("urn:")) {
                continue;
            }
            IdType target = new IdType(value);
            String path = type + "." + info.getName();
            if (value.contains("?")) {
                String targetType = value.substring(0, value.indexOf('?'));
                if (!PlanAuthorizationInterceptor.DIRECTORY_TYPES.contains(targetType)) {
                    throw new InvalidRequestException("The reference " + value + " at " + path
                            + " is conditional: a service " + "refers to another patient-related resource by its id ("
                            + targetType + "/<id>), which it reads first.");
                }
                continue;
            }
            if (target.isAbsolute()
                    || !target.hasResourceType()
                    || !target.hasIdPart()
                    || PlanAuthorizationInterceptor.DIRECTORY_TYPES.contains(target.getResourceType())
                    || writtenHere.contains(target.getResourceType() + "/" + target.getIdPart())) {
                continue;
            }
            IBaseResource found = reader.read(target.toUnqualifiedVersionless()).orElse(null);
            if (found == null || !reachable(request, grant, found)) {
                throw new InvalidRequestException(Msg.code(1094) + "Resource " + target.getResourceType() + "/"
                        + target.getIdPart() + " not found, specified in path: " + path);
            }
        }
    }

    private boolean reachable(RequestDetails request, AccessGrant grant, IBaseResource target) {
        Set<String> reachable = new HashSet<>();
        grant.patientsFor(target.fhirType()).forEach(id -> reachable.add("Patient/" + id));
        for (String patient : patientOf.patients(target)) {
            if (!reachable.contains(patient) && !planStart.startsPlanOf(request, patient)) {
                return false;
            }
        }
        return true;
    }

    /** What a transaction writes to client-chosen ids ({@code PUT Type/id}): it may not be stored yet when it is referred to. */
    private static Set<String> writtenInThisRequest(RequestDetails request) {
        Set<String> written = new HashSet<>();
        if (request.getResource() instanceof Bundle bundle) {
            for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
                if (entry.getRequest().getMethod() == Bundle.HTTPVerb.PUT
                        && entry.getRequest().hasUrl()
                        && !entry.getRequest().getUrl().contains("?")) {
                    IdType id = new IdType(entry.getRequest().getUrl());
                    written.add(id.getResourceType() + "/" + id.getIdPart());
                }
            }
        }
        return written;
    }
}
