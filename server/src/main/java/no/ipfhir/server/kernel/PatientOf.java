package no.ipfhir.server.kernel;

import ca.uhn.fhir.context.FhirContext;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.instance.model.api.IIdType;
import org.hl7.fhir.r4.model.Reference;
import org.springframework.stereotype.Component;

/**
 * Which patient a resource is about: the patients whose FHIR patient compartment it belongs to (a
 * Patient is in its own). This is what access, audit, the plan rules and notifications all mean by
 * "this patient's data", so they agree by construction. Practitioners and relatives that a
 * compartment parameter also reaches do not count; nor do placeholders ({@code urn:uuid:}) of a
 * transaction that is still being resolved.
 */
@Component
public final class PatientOf {

    private final FhirContext fhirContext;

    public PatientOf(FhirContext fhirContext) {
        this.fhirContext = fhirContext;
    }

    /** {@code Patient/id} of every patient the resource is about; empty for registry resources. */
    public Set<String> patients(IBaseResource resource) {
        Set<String> patients = new TreeSet<>();
        if (resource == null) {
            return patients;
        }
        if ("Patient".equals(fhirContext.getResourceType(resource))) {
            if (resource.getIdElement().hasIdPart()
                    && !resource.getIdElement().getIdPart().startsWith("urn:")) {
                patients.add("Patient/" + resource.getIdElement().getIdPart());
            }
            return patients;
        }
        if (!hasPatientCompartment(fhirContext.getResourceType(resource))) {
            return patients;
        }
        for (IIdType owner : fhirContext.newTerser().getCompartmentOwnersForResource("Patient", resource, Set.of())) {
            if ("Patient".equals(owner.getResourceType())
                    && owner.hasIdPart()
                    && !owner.getIdPart().startsWith("urn:")) {
                patients.add("Patient/" + owner.getIdPart());
            }
        }
        return patients;
    }

    /**
     * Like {@link #patients}, but with the placeholders ({@code urn:uuid:} fullUrls of a transaction's
     * entries) the resource's compartment references hold before HAPI resolves them: what a write inside
     * a transaction is about before a new patient has its id. Which placeholders stand for a Patient only
     * the transaction knows; the others are a relative or a practitioner on the resource.
     */
    public Set<String> patientsOrPlaceholders(IBaseResource resource) {
        Set<String> patients = patients(resource);
        if (resource == null
                || "Patient".equals(fhirContext.getResourceType(resource))
                || !hasPatientCompartment(fhirContext.getResourceType(resource))) {
            return patients;
        }
        for (IIdType owner : fhirContext.newTerser().getCompartmentOwnersForResource("Patient", resource, Set.of())) {
            if (owner.getValue() != null && owner.getValue().startsWith("urn:")) {
                patients.add(owner.getValue());
            }
        }
        return patients;
    }

    /** The one patient the resource is about; empty when it is about none, or about several. */
    public Optional<String> patient(IBaseResource resource) {
        Set<String> patients = patients(resource);
        return patients.size() == 1 ? Optional.of(patients.iterator().next()) : Optional.empty();
    }

    /** Whether resources of this type can be about a patient at all. */
    public boolean hasPatientCompartment(String resourceType) {
        return "Patient".equals(resourceType)
                || !fhirContext
                        .getResourceDefinition(resourceType)
                        .getSearchParamsForCompartmentName("Patient")
                        .isEmpty();
    }

    /** A reference as {@code Type/id}, without base URL or version; empty when it names no resource. */
    public static String versionless(Reference reference) {
        if (reference == null
                || !reference.hasReference()
                || reference.getReferenceElement().getResourceType() == null) {
            return "";
        }
        return reference.getReferenceElement().toUnqualifiedVersionless().getValue();
    }
}
