package no.ipfhir.server.exchange;

import java.util.Set;
import no.ipfhir.server.kernel.PatientOf;
import no.ipfhir.server.kernel.PlanParticipation;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.IdType;
import org.springframework.stereotype.Component;

/**
 * Whether a subscriber organisation takes part in the plan a changed resource belongs to: the plan of the
 * patient the resource is about ({@link PatientOf}), taken part in as {@link PlanParticipation} defines it,
 * the same definition by which that organisation reaches the plan. A resource about no patient, or about
 * several, belongs to no plan.
 */
@Component
public class PlanParticipants {

    private final PatientOf patientOf;
    private final PlanParticipation participation;

    public PlanParticipants(PatientOf patientOf, PlanParticipation participation) {
        this.patientOf = patientOf;
        this.participation = participation;
    }

    public boolean takesPart(SubscriberOrganisation organisation, IBaseResource resource) {
        return patientOf
                .patient(resource)
                .map(patient -> participation
                        .ofOrganisation(Set.of(organisation.system() + "|" + organisation.value()))
                        .takesPartInPlanOf(new IdType(patient).getIdPart()))
                .orElse(false);
    }
}
