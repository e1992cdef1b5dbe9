package no.ipfhir.server.exchange;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import no.ipfhir.server.kernel.PatientOf;
import no.ipfhir.server.kernel.PlanParticipation;
import no.ipfhir.server.kernel.PlanParticipation.OrganisationPlans;
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
        return snapshot().takesPart(organisation, resource);
    }

    /**
     * Participation as it stands now, looked up once per organisation: for one pass over recorded changes, or
     * one delivery, which would otherwise ask the database the same question for every change.
     */
    public Snapshot snapshot() {
        return new Snapshot();
    }

    /** Not thread-safe; made and used by one pass. */
    public final class Snapshot {

        private final Map<SubscriberOrganisation, OrganisationPlans> plans = new HashMap<>();

        private Snapshot() {}

        public boolean takesPart(SubscriberOrganisation organisation, IBaseResource resource) {
            return patientOf
                    .patient(resource)
                    .map(patient -> plans.computeIfAbsent(
                                    organisation, org -> participation.ofOrganisation(Set.of(org.token())))
                            .takesPartInPlanOf(new IdType(patient).getIdPart()))
                    .orElse(false);
        }
    }
}
