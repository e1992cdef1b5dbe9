package no.ipfhir.server.access;

import ca.uhn.fhir.jpa.searchparam.SearchParameterMap;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.param.ReferenceOrListParam;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.param.TokenParam;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.ipfhir.server.authentication.Caller;
import no.ipfhir.server.authentication.CallerResolver;
import no.ipfhir.server.kernel.CarePeriod;
import no.ipfhir.server.kernel.PatientOf;
import no.ipfhir.server.kernel.PlanParticipation;
import no.ipfhir.server.kernel.PlanParticipation.OrganisationPlans;
import no.ipfhir.server.kernel.SystemReader;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.RelatedPerson;
import org.springframework.stereotype.Component;

/**
 * Decides whose plans a caller may reach, from the data as it is now: the care teams an organisation
 * takes part in, and the consent a patient has given. Nothing is cached beyond one request, so a
 * withdrawn consent or an ended participation takes effect with the next request.
 */
@Component
public class PlanAccess {

    private static final String USER_DATA_KEY = AccessGrant.class.getName();

    private final SystemReader reader;
    private final PlanParticipation participation;
    private final CallerResolver callers;

    public PlanAccess(SystemReader reader, PlanParticipation participation, CallerResolver callers) {
        this.reader = reader;
        this.participation = participation;
        this.callers = callers;
    }

    public AccessGrant grant(RequestDetails request) {
        Object cached = request.getUserData().get(USER_DATA_KEY);
        if (cached instanceof AccessGrant grant) {
            return grant;
        }
        AccessGrant grant = decide(callers.caller(request));
        request.getUserData().put(USER_DATA_KEY, grant);
        return grant;
    }

    AccessGrant decide(Caller caller) {
        return switch (caller.kind()) {
            case OPEN, BACKEND -> AccessGrant.ALL;
            case PATIENT -> new AccessGrant(false, Set.of(caller.patientId()), Map.of(), Set.of());
            case RELATIVE -> forRelative(caller);
            case ORGANISATION -> forOrganisation(caller);
            case NONE -> AccessGrant.NOTHING;
        };
    }

    /** A relative reaches a patient only while the patient's active consent permits them, directly or as a team member. */
    private AccessGrant forRelative(Caller caller) {
        RelatedPerson relative = reader.read("RelatedPerson", caller.relatedPersonId(), RelatedPerson.class)
                .orElse(null);
        if (relative == null || (relative.hasActive() && !relative.getActive()) || !relative.hasPatient()) {
            return AccessGrant.NOTHING;
        }
        String patientId = relative.getPatient().getReferenceElement().getIdPart();
        if (caller.patientId() != null && !caller.patientId().equals(patientId)) {
            return AccessGrant.NOTHING;
        }
        String relativeRef = "RelatedPerson/" + relative.getIdElement().getIdPart();
        Set<String> actorRefs = new HashSet<>(Set.of(relativeRef));
        Instant now = Instant.now();
        for (IBaseResource team : reader.referringTo("CareTeam", CareTeam.SP_PARTICIPANT, List.of(relativeRef))) {
            if (PlanParticipation.isCurrentParticipant((CareTeam) team, Set.of(relativeRef), Set.of(), now)) {
                actorRefs.add("CareTeam/" + team.getIdElement().getIdPart());
            }
        }
        List<Consent> consents = activeConsents(Set.of(patientId));
        boolean permitted = consents.stream().anyMatch(consent -> permits(consent, actorRefs));
        if (!permitted) {
            return AccessGrant.NOTHING;
        }
        return new AccessGrant(
                false, Set.of(patientId), deniedTypes(consents, Set.of(relativeRef)), Set.of(relativeRef));
    }

    /** An organisation reaches the patients whose plans it takes part in ({@link PlanParticipation}). */
    private AccessGrant forOrganisation(Caller caller) {
        OrganisationPlans plans = participation.ofOrganisation(caller.organisationIdentifiers());
        if (plans.organisations().isEmpty()) {
            return AccessGrant.NOTHING;
        }
        Set<String> patients = plans.patients().keySet();
        if (patients.isEmpty()) {
            return new AccessGrant(false, Set.of(), Map.of(), plans.references());
        }
        return new AccessGrant(
                false,
                Set.copyOf(patients),
                deniedTypes(activeConsents(patients), plans.references()),
                plans.references());
    }

    private List<Consent> activeConsents(Collection<String> patientIds) {
        ReferenceOrListParam patients = new ReferenceOrListParam();
        patientIds.forEach(id -> patients.add(new ReferenceParam("Patient/" + id)));
        SearchParameterMap map = SearchParameterMap.newSynchronous()
                .add(Consent.SP_PATIENT, patients)
                .add(Consent.SP_STATUS, new TokenParam(Consent.ConsentState.ACTIVE.toCode()));
        return reader.search("Consent", map).stream()
                .map(Consent.class::cast)
                .filter(consent -> consent.getStatus() == Consent.ConsentState.ACTIVE)
                .filter(consent -> CarePeriod.isCurrent(consent.getProvision().getPeriod()))
                .toList();
    }

    private static boolean permits(Consent consent, Set<String> actorRefs) {
        return consent.getProvision().getProvision().stream()
                .anyMatch(provision -> provision.getType() == Consent.ConsentProvisionType.PERMIT
                        && CarePeriod.isCurrent(provision.getPeriod())
                        && provision.getActor().stream()
                                .anyMatch(actor -> actorRefs.contains(PatientOf.versionless(actor.getReference()))));
    }

    /** What each patient's consent denies these actors: the provision's classes, or everything when it names none. */
    private static Map<String, Set<String>> deniedTypes(List<Consent> consents, Set<String> actorRefs) {
        Map<String, Set<String>> denied = new HashMap<>();
        for (Consent consent : consents) {
            String patientId = consent.getPatient().getReferenceElement().getIdPart();
            for (Consent.ProvisionComponent provision : consent.getProvision().getProvision()) {
                boolean deniesCaller = provision.getType() == Consent.ConsentProvisionType.DENY
                        && CarePeriod.isCurrent(provision.getPeriod())
                        && provision.getActor().stream()
                                .anyMatch(actor -> actorRefs.contains(PatientOf.versionless(actor.getReference())));
                if (!deniesCaller) {
                    continue;
                }
                Set<String> types = denied.computeIfAbsent(patientId, id -> new HashSet<>());
                if (provision.getClass_().isEmpty()) {
                    types.add("*");
                }
                provision.getClass_().forEach(type -> types.add(type.getCode()));
            }
        }
        return denied;
    }
}
