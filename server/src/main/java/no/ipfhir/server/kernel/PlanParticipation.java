package no.ipfhir.server.kernel;

import ca.uhn.fhir.jpa.searchparam.SearchParameterMap;
import ca.uhn.fhir.rest.param.TokenOrListParam;
import ca.uhn.fhir.rest.param.TokenParam;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;
import org.springframework.stereotype.Component;

/**
 * Who takes part in a patient's individual plan, and how: the one definition that access (which plans
 * an EHR reaches), notifications (which changes a subscriber hears of) and the team rules share.
 *
 * <p>An organisation takes part in the plan of the patient a CareTeam or CarePlan is about when
 * <ul>
 *   <li>it is a current participant of the team ({@link Role#MEMBER}), one of its PractitionerRoles is
 *       ({@link Role#PRACTITIONER_ROLE}), or a current participant acts on its behalf
 *       ({@link Role#ON_BEHALF_OF}) — "current" as {@link CarePeriod} says;</li>
 *   <li>it manages a team that is not inactive ({@link Role#MANAGING_ORGANISATION}, the koordinerende enhet).</li>
 * </ul>
 * Teams entered in error count for no one. Being the plan's author or a contributor is not taking part: it
 * records who wrote the plan, and outlives the team period (a hospital that contributed and whose period on
 * the team has ended no longer takes part, and so no longer reaches the plan or hears of its changes).
 */
@Component
public class PlanParticipation {

    /** Search parameters the server declares so participation can be found from the organisation's side. */
    public static final String MANAGING_ORGANIZATION = "managing-organization";

    public static final String ON_BEHALF_OF = "participant-on-behalf-of";

    public enum Role {
        MEMBER,
        PRACTITIONER_ROLE,
        ON_BEHALF_OF,
        MANAGING_ORGANISATION
    }

    /**
     * What an organisation takes part in.
     *
     * @param organisations the Organization resources ({@code Organization/id}) that carry its identifiers
     * @param references those and its PractitionerRoles ({@code PractitionerRole/id}): what stands for it in a plan
     * @param patients per Patient id, how it takes part in that patient's plan
     */
    public record OrganisationPlans(
            Set<String> organisations, Set<String> references, Map<String, Set<Role>> patients) {

        public static final OrganisationPlans NONE = new OrganisationPlans(Set.of(), Set.of(), Map.of());

        public boolean takesPartInPlanOf(String patientId) {
            return patients.containsKey(patientId);
        }
    }

    private final SystemReader reader;

    public PlanParticipation(SystemReader reader) {
        this.reader = reader;
    }

    /**
     * The plans an organisation takes part in, now.
     *
     * @param identifiers the organisation's identifiers as {@code system|value} (organisasjonsnummer, HER-id)
     */
    public OrganisationPlans ofOrganisation(Collection<String> identifiers) {
        if (identifiers.isEmpty()) {
            return OrganisationPlans.NONE;
        }
        TokenOrListParam tokens = new TokenOrListParam();
        for (String identifier : identifiers) {
            int bar = identifier.indexOf('|');
            tokens.add(new TokenParam(identifier.substring(0, bar), identifier.substring(bar + 1)));
        }
        Set<String> organisations = new LinkedHashSet<>();
        for (IBaseResource organisation : reader.search(
                "Organization", SearchParameterMap.newSynchronous().add(Organization.SP_IDENTIFIER, tokens))) {
            organisations.add("Organization/" + organisation.getIdElement().getIdPart());
        }
        if (organisations.isEmpty()) {
            return OrganisationPlans.NONE;
        }
        Set<String> roles = new LinkedHashSet<>();
        Set<String> practitioners = new LinkedHashSet<>();
        for (IBaseResource resource :
                reader.referringTo("PractitionerRole", PractitionerRole.SP_ORGANIZATION, organisations)) {
            PractitionerRole role = (PractitionerRole) resource;
            roles.add("PractitionerRole/" + role.getIdElement().getIdPart());
            if (role.hasPractitioner()) {
                practitioners.add(PatientOf.versionless(role.getPractitioner()));
            }
        }
        Set<String> references = new LinkedHashSet<>(organisations);
        references.addAll(roles);

        List<IBaseResource> teams = new ArrayList<>();
        Set<String> members = new LinkedHashSet<>(references);
        members.addAll(practitioners);
        teams.addAll(reader.referringTo("CareTeam", CareTeam.SP_PARTICIPANT, members));
        teams.addAll(reader.referringTo("CareTeam", ON_BEHALF_OF, organisations));
        teams.addAll(reader.referringTo("CareTeam", MANAGING_ORGANIZATION, organisations));

        Instant now = Instant.now();
        Map<String, Set<Role>> patients = new LinkedHashMap<>();
        for (IBaseResource team : teams) {
            add(patients, ((CareTeam) team).getSubject(), roles((CareTeam) team, organisations, roles, now));
        }
        return new OrganisationPlans(Set.copyOf(organisations), Set.copyOf(references), patients);
    }

    /**
     * Whether the patient's plan work has begun: some ansvarsgruppe (CareTeam) about the patient is on
     * record, other than one entered in error. Until then no one takes part in the patient's plan, and
     * the organisation that creates the first team starts it.
     */
    public boolean hasTeam(String patientId) {
        return reader.referringTo("CareTeam", CareTeam.SP_SUBJECT, List.of("Patient/" + patientId)).stream()
                .map(CareTeam.class::cast)
                .anyMatch(team -> team.getStatus() != CareTeam.CareTeamStatus.ENTEREDINERROR);
    }

    /**
     * How the parties take part in a team at a moment.
     *
     * @param parties references that stand for the party itself (an Organization, or a RelatedPerson)
     * @param roles the party's PractitionerRoles
     */
    public static Set<Role> roles(CareTeam team, Set<String> parties, Set<String> roles, Instant at) {
        Set<Role> found = EnumSet.noneOf(Role.class);
        if (team.getStatus() == CareTeam.CareTeamStatus.ENTEREDINERROR) {
            return found;
        }
        if (team.getStatus() != CareTeam.CareTeamStatus.INACTIVE
                && team.getManagingOrganization().stream()
                        .anyMatch(org -> parties.contains(PatientOf.versionless(org)))) {
            found.add(Role.MANAGING_ORGANISATION);
        }
        for (CareTeam.CareTeamParticipantComponent participant : team.getParticipant()) {
            if (!CarePeriod.of(participant.getPeriod()).isCurrentAt(at)) {
                continue;
            }
            String member = PatientOf.versionless(participant.getMember());
            if (parties.contains(member)) {
                found.add(Role.MEMBER);
            }
            if (roles.contains(member)) {
                found.add(Role.PRACTITIONER_ROLE);
            }
            if (parties.contains(PatientOf.versionless(participant.getOnBehalfOf()))) {
                found.add(Role.ON_BEHALF_OF);
            }
        }
        return found;
    }

    /** Whether one of the parties is a current participant of the team (directly, through a role, or on whose behalf one acts). */
    public static boolean isCurrentParticipant(CareTeam team, Set<String> parties, Set<String> roles, Instant at) {
        Set<Role> found = roles(team, parties, roles, at);
        return found.contains(Role.MEMBER)
                || found.contains(Role.PRACTITIONER_ROLE)
                || found.contains(Role.ON_BEHALF_OF);
    }

    /** The team's koordinators whose period holds at a moment (two on the day of a handover). */
    public static List<CareTeam.CareTeamParticipantComponent> coordinatorsAt(CareTeam team, Instant at) {
        return team.getParticipant().stream()
                .filter(participant -> participant.getRole().stream().anyMatch(IpCodes::isCoordinator))
                .filter(participant -> CarePeriod.of(participant.getPeriod()).isCurrentAt(at))
                .toList();
    }

    /** The team's koordinator at a moment; on the day of a handover, the one who takes over. */
    public static java.util.Optional<CareTeam.CareTeamParticipantComponent> coordinatorAt(CareTeam team, Instant at) {
        return coordinatorsAt(team, at).stream()
                .max(java.util.Comparator.comparing(participant ->
                        CarePeriod.of(participant.getPeriod()).startDay().orElse(java.time.LocalDate.MIN)));
    }

    /**
     * Who answers for the team at a moment, and so may change it: its managing organisations and its
     * current koordinator (the member, and the organisation the koordinator acts for).
     */
    public static Set<String> responsibleFor(CareTeam team, Instant at) {
        Set<String> responsible = new LinkedHashSet<>();
        team.getManagingOrganization().forEach(org -> responsible.add(PatientOf.versionless(org)));
        for (CareTeam.CareTeamParticipantComponent coordinator : coordinatorsAt(team, at)) {
            responsible.add(PatientOf.versionless(coordinator.getMember()));
            responsible.add(PatientOf.versionless(coordinator.getOnBehalfOf()));
        }
        responsible.remove("");
        return responsible;
    }

    /**
     * Who answers for a patient's plan at a moment: {@link #responsibleFor} over every ansvarsgruppe about
     * the patient that is not entered in error.
     */
    public Set<String> responsibleForPlanOf(String patientId, Instant at) {
        Set<String> responsible = new LinkedHashSet<>();
        for (IBaseResource resource :
                reader.referringTo("CareTeam", CareTeam.SP_SUBJECT, List.of("Patient/" + patientId))) {
            CareTeam team = (CareTeam) resource;
            if (team.getStatus() != CareTeam.CareTeamStatus.ENTEREDINERROR) {
                responsible.addAll(responsibleFor(team, at));
            }
        }
        return responsible;
    }

    private static void add(Map<String, Set<Role>> patients, Reference subject, Set<Role> roles) {
        if (roles.isEmpty() || !"Patient".equals(subject.getReferenceElement().getResourceType())) {
            return;
        }
        patients.computeIfAbsent(subject.getReferenceElement().getIdPart(), id -> EnumSet.noneOf(Role.class))
                .addAll(roles);
    }
}
