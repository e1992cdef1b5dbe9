package no.ipfhir.server.access;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whose data a caller may reach in this request: all of it, or the compartments of some patients,
 * less the kinds of information each patient's consent denies the caller.
 *
 * @param unrestricted every patient (security off, or a trusted back end)
 * @param patientIds the Patient ids whose compartments the caller may reach
 * @param deniedTypes per Patient id, resource types the patient's consent denies this caller ({@code *} = all)
 * @param callerReferences the Organization and PractitionerRole references that stand for the caller
 */
public record AccessGrant(
        boolean unrestricted,
        Set<String> patientIds,
        Map<String, Set<String>> deniedTypes,
        Set<String> callerReferences) {

    public static final AccessGrant ALL = new AccessGrant(true, Set.of(), Map.of(), Set.of());
    public static final AccessGrant NOTHING = new AccessGrant(false, Set.of(), Map.of(), Set.of());

    /** The patients whose resources of this type the caller may reach. */
    public Set<String> patientsFor(String resourceType) {
        return patientIds.stream()
                .filter(patient -> {
                    Set<String> denied = deniedTypes.getOrDefault(patient, Set.of());
                    return !denied.contains("*") && !denied.contains(resourceType);
                })
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }
}
