package no.ipfhir.server.access;

import ca.uhn.fhir.rest.api.server.RequestDetails;
import java.time.Instant;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.ipfhir.server.authentication.Caller;
import no.ipfhir.server.authentication.Caller.Kind;
import no.ipfhir.server.authentication.CallerResolver;
import no.ipfhir.server.authentication.SmartScope.Permission;
import no.ipfhir.server.kernel.PatientOf;
import no.ipfhir.server.kernel.PlanParticipation;
import no.ipfhir.server.kernel.SystemReader;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Patient;
import org.springframework.stereotype.Component;

/**
 * How a service starts a patient's plan: the request that creates the patient's first ansvarsgruppe
 * (CareTeam) with the caller's organisation as its managing organisation or the koordinator's
 * organisation lets the caller write that patient's resources in the same request (register the
 * patient, the consent, goals, tiltak, the plan). From the next request on the caller reaches the
 * patient the ordinary way, through {@link PlanParticipation}.
 *
 * <p>The caller's organisation must already be on record (found by its organisasjonsnummer or HER-id),
 * and an existing patient only while no team about them is on record: whoever runs a plan adds others
 * to it, nobody joins by starting a second one.
 */
@Component
public class PlanStart {

    private static final String USER_DATA_KEY = PlanStart.class.getName();

    /**
     * @param patientIds existing patients ({@code Patient/id}) whose plan the request starts
     * @param placeholders {@code urn:uuid:} fullUrls of Patient entries the request registers and starts a plan for
     * @param newPatients those Patient entries' resources, as HAPI writes them
     * @param patientPlaceholders the fullUrls of every Patient entry of the request: the placeholders that stand for a patient
     */
    record Started(
            Set<String> patientIds,
            Set<String> placeholders,
            Map<IBaseResource, String> newPatients,
            Set<String> patientPlaceholders) {

        static final Started NOTHING = new Started(Set.of(), Set.of(), Map.of(), Set.of());

        boolean isEmpty() {
            return patientIds.isEmpty() && placeholders.isEmpty();
        }
    }

    private final CallerResolver callers;
    private final PlanAccess access;
    private final PlanParticipation participation;
    private final PatientOf patientOf;
    private final SystemReader reader;

    public PlanStart(
            CallerResolver callers,
            PlanAccess access,
            PlanParticipation participation,
            PatientOf patientOf,
            SystemReader reader) {
        this.callers = callers;
        this.access = access;
        this.participation = participation;
        this.patientOf = patientOf;
        this.reader = reader;
    }

    /**
     * Reads the request as the client sent it, before HAPI resolves anything in it: called when the
     * request arrives, since a transaction's placeholders are replaced as its entries are stored.
     */
    void remember(RequestDetails request) {
        Started started = find(request);
        request.getUserData().put(USER_DATA_KEY, started);
        if (!started.isEmpty() && request.getResource() instanceof Bundle bundle) {
            createPlainly(bundle, started);
        }
    }

    /**
     * Nothing of a plan is on record before it starts, and its patient's compartment has no id yet to
     * narrow a conditional create to, so the plan's conditional creates are plain creates: a match could
     * only be another patient's data, which the caller may not learn of.
     */
    private void createPlainly(Bundle bundle, Started started) {
        for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
            if (entry.getRequest().hasIfNoneExist()
                    && entry.getResource() != null
                    && isAboutStartedPatient(started, entry.getResource())) {
                entry.getRequest().setIfNoneExist(null);
            }
        }
    }

    /**
     * Whether this resource, written in this request (for an update: the stored and the new version, each
     * asked on its own), is part of a plan the caller starts in it, and the caller's scopes allow the write.
     */
    boolean covers(RequestDetails request, IBaseResource resource, Permission permission) {
        Started started = request.getUserData().get(USER_DATA_KEY) instanceof Started s ? s : Started.NOTHING;
        Caller caller = callers.caller(request);
        if (started.isEmpty() || !caller.may(permission, resource.fhirType())) {
            return false;
        }
        return isAboutStartedPatient(started, resource);
    }

    /** Whether the request starts the plan of this patient ({@code Patient/id}, once HAPI has given a new one its id). */
    boolean startsPlanOf(RequestDetails request, String patient) {
        Started started = request.getUserData().get(USER_DATA_KEY) instanceof Started s ? s : Started.NOTHING;
        return started.patientIds().contains(patient)
                || started.newPatients().keySet().stream()
                        .anyMatch(registered -> patient.equals(
                                "Patient/" + registered.getIdElement().getIdPart()));
    }

    private boolean isAboutStartedPatient(Started started, IBaseResource resource) {
        if (started.newPatients().containsKey(resource)) {
            return true;
        }
        if (resource instanceof Patient patient) {
            return started.patientIds()
                    .contains("Patient/" + patient.getIdElement().getIdPart());
        }
        Set<String> about = new HashSet<>(patientOf.patientsOrPlaceholders(resource));
        about.removeIf(owner ->
                owner.startsWith("urn:") && !started.patientPlaceholders().contains(owner));
        if (about.isEmpty()) {
            return false;
        }
        Set<String> startedIds = new HashSet<>(started.patientIds());
        started.newPatients().keySet().forEach(patient -> {
            if (patient.getIdElement().hasIdPart()
                    && !patient.getIdElement().getIdPart().startsWith("urn:")) {
                startedIds.add("Patient/" + patient.getIdElement().getIdPart());
            }
        });
        return about.stream()
                .allMatch(patient ->
                        startedIds.contains(patient) || started.placeholders().contains(patient));
    }

    private Started find(RequestDetails request) {
        Caller caller = callers.caller(request);
        if (caller.kind() != Kind.ORGANISATION) {
            return Started.NOTHING;
        }
        List<TeamWrite> teams = teams(request.getResource());
        if (teams.isEmpty()) {
            return Started.NOTHING;
        }
        Set<String> callerReferences = access.grant(request).callerReferences();
        Set<String> patientIds = new HashSet<>();
        Set<String> placeholders = new HashSet<>();
        Map<IBaseResource, String> newPatients = new IdentityHashMap<>();
        Instant now = Instant.now();
        for (TeamWrite write : teams) {
            CareTeam team = write.team();
            if (Collections.disjoint(PlanParticipation.responsibleFor(team, now), callerReferences)) {
                continue;
            }
            String subject = team.getSubject().getReference();
            if (subject == null) {
                continue;
            }
            Patient registered = write.patientEntries().get(subject);
            if (registered != null) {
                placeholders.add(subject);
                newPatients.put(registered, subject);
                continue;
            }
            IdType id = new IdType(subject);
            if ("Patient".equals(id.getResourceType())
                    && id.hasIdPart()
                    && !id.isAbsolute()
                    && reader.read(new IdType("Patient", id.getIdPart())).isPresent()
                    && !participation.hasTeam(id.getIdPart())) {
                patientIds.add("Patient/" + id.getIdPart());
            }
        }
        return new Started(
                Set.copyOf(patientIds),
                Set.copyOf(placeholders),
                newPatients,
                Set.copyOf(teams.get(0).patientEntries().keySet()));
    }

    /** A CareTeam the request writes, with the Patient entries the same request registers. */
    private record TeamWrite(CareTeam team, Map<String, Patient> patientEntries) {}

    private static List<TeamWrite> teams(IBaseResource body) {
        if (body instanceof CareTeam team) {
            return List.of(new TeamWrite(team, Map.of()));
        }
        if (!(body instanceof Bundle bundle) || bundle.getType() != Bundle.BundleType.TRANSACTION) {
            return List.of();
        }
        Map<String, Patient> patients = new java.util.HashMap<>();
        for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
            if (entry.getResource() instanceof Patient patient
                    && entry.getRequest().getMethod() == Bundle.HTTPVerb.POST
                    && entry.hasFullUrl()
                    && entry.getFullUrl().startsWith("urn:")) {
                patients.put(entry.getFullUrl(), patient);
            }
        }
        return bundle.getEntry().stream()
                .filter(entry -> entry.getResource() instanceof CareTeam)
                .filter(entry -> entry.getRequest().getMethod() == Bundle.HTTPVerb.POST
                        || entry.getRequest().getMethod() == Bundle.HTTPVerb.PUT)
                .map(entry -> new TeamWrite((CareTeam) entry.getResource(), patients))
                .toList();
    }
}
