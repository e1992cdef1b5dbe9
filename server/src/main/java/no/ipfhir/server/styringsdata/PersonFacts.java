package no.ipfhir.server.styringsdata;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import no.ipfhir.server.kernel.CarePeriod;
import no.ipfhir.server.kernel.IpCodes;
import no.ipfhir.server.kernel.PatientOf;
import no.ipfhir.server.kernel.SystemReader;
import no.ipfhir.server.plan.IndividualPlans;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;

/**
 * What the styringsdata need to know of one person, and nothing that identifies them: where the plan
 * belongs (kommune, health trust), the age, when the need was reported, the individual plan's status and
 * period, the koordinator periods, the goals and how many are the person's own, the days goals were
 * evaluated, and which services take part. One row of the projection the indicators are computed from
 * ({@link IndicatorStore}); {@link #of} derives it from the stored resources.
 *
 * @param patient {@code Patient/id}, the key of the row; never shown
 * @param kommunenummer the kommunenummer of the organisation responsible for the plan work, if known
 * @param kommunenavn that municipality's name
 * @param helseforetak the name of the health trust taking part, if a specialist service does
 * @param birthDate the person's birth date, for the age group
 * @param needReported the day the need for an IP or a koordinator was reported (earliest Melding om behov)
 * @param planStatus the individual plan's status code; null when the person has no individual plan
 * @param planStart the plan period's first day
 * @param planEnd the plan period's last day, if it has ended
 * @param goals the plan's goals (not entered in error)
 * @param goalsByPatient of them, those expressed by the patient
 * @param kommune whether a municipal service takes part in the ansvarsgruppe
 * @param specialist whether the specialist health service takes part
 * @param navSkolePpt whether NAV, a school or PPT takes part
 * @param relativesByConsent whether a relative takes part while the patient's consent is active
 * @param koordinatorPeriods every koordinator period of the ansvarsgruppe, by start
 * @param evaluationDays the days the plan's goals were evaluated
 */
public record PersonFacts(
        String patient,
        String kommunenummer,
        String kommunenavn,
        String helseforetak,
        LocalDate birthDate,
        LocalDate needReported,
        String planStatus,
        LocalDate planStart,
        LocalDate planEnd,
        int goals,
        int goalsByPatient,
        boolean kommune,
        boolean specialist,
        boolean navSkolePpt,
        boolean relativesByConsent,
        List<Days> koordinatorPeriods,
        List<LocalDate> evaluationDays) {

    /** A span of whole days; {@code last} is null while it lasts. */
    public record Days(LocalDate first, LocalDate last) {}

    private static final Set<String> PLAN_STATUSES_THAT_COUNT = Set.of("active", "on-hold", "completed", "revoked");
    private static final Set<String> NAV_SKOLE_PPT = Set.of("nav", "skole", "ppt");
    private static final int PART_OF_DEPTH = 5;

    /** Whether the person has an individual plan that is not a draft (or entered in error). */
    public boolean hasPlan() {
        return planStatus != null && PLAN_STATUSES_THAT_COUNT.contains(planStatus);
    }

    /**
     * The person's facts as the stored resources have them now; empty when the patient is not there (or no
     * longer is), so that the row is removed.
     */
    public static Optional<PersonFacts> of(String patientReference, SystemReader reader) {
        Optional<Patient> found = reader.read(new Reference(patientReference), Patient.class);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Patient patient = found.get();
        List<String> subject = List.of(patientReference);

        CarePlan plan = reader.referringTo("CarePlan", "subject", subject).stream()
                .map(CarePlan.class::cast)
                .filter(IndividualPlans::isIndividualPlan)
                .filter(p -> p.getStatus() != CarePlan.CarePlanStatus.ENTEREDINERROR)
                .min(Comparator.comparing((CarePlan p) -> !IndividualPlans.isActiveIndividualPlan(p))
                        .thenComparing(
                                p -> CarePeriod.of(p.getPeriod()).startDay().orElse(LocalDate.MIN),
                                Comparator.reverseOrder()))
                .orElse(null);

        List<CareTeam> teams = new ArrayList<>();
        if (plan != null) {
            plan.getCareTeam().forEach(t -> reader.read(t, CareTeam.class).ifPresent(teams::add));
        }
        if (teams.isEmpty()) {
            reader.referringTo("CareTeam", "subject", subject).stream()
                    .map(CareTeam.class::cast)
                    .filter(team -> team.getStatus() != CareTeam.CareTeamStatus.ENTEREDINERROR)
                    .forEach(teams::add);
        }

        Organizations organizations = new Organizations(reader);
        Set<String> sectors = new HashSet<>();
        String helseforetak = null;
        boolean relative = false;
        List<Days> koordinatorPeriods = new ArrayList<>();
        // The municipality the plan belongs to: the one its koordinerende enhet (the managing organisation) is
        // part of, else that of the first municipal service taking part.
        Organization municipality = null;
        for (CareTeam team : teams) {
            for (Reference managing : team.getManagingOrganization()) {
                if (municipality == null) {
                    municipality = organizations
                            .read(managing)
                            .flatMap(organizations::municipalityOf)
                            .orElse(null);
                }
            }
            for (CareTeam.CareTeamParticipantComponent participant : team.getParticipant()) {
                if (participant.getRole().stream().anyMatch(IpCodes::isCoordinator)) {
                    CarePeriod period = CarePeriod.of(participant.getPeriod());
                    LocalDate first = period.startDay()
                            .orElse(CarePeriod.of(team.getPeriod()).startDay().orElse(null));
                    if (first != null) {
                        koordinatorPeriods.add(new Days(first, period.endDay().orElse(null)));
                    }
                }
                if ("RelatedPerson".equals(type(participant.getMember()))) {
                    relative = true;
                }
                for (Organization organization : organizations.of(participant)) {
                    String sector = organizations.sector(organization);
                    if (sector != null) {
                        sectors.add(sector);
                    }
                    if (IpCodes.SPECIALIST_HEALTH_SERVICE.equals(sector) && helseforetak == null) {
                        helseforetak = organizations.top(organization).getName();
                    }
                    if (municipality == null && "kommune".equals(sector)) {
                        municipality =
                                organizations.municipalityOf(organization).orElse(null);
                    }
                }
            }
        }
        koordinatorPeriods.sort(Comparator.comparing(Days::first));

        int goals = 0;
        int goalsByPatient = 0;
        List<String> goalReferences = new ArrayList<>();
        if (plan != null) {
            for (Reference reference : plan.getGoal()) {
                Optional<Goal> goal = reader.read(reference, Goal.class);
                if (goal.isEmpty() || goal.get().getLifecycleStatus() == Goal.GoalLifecycleStatus.ENTEREDINERROR) {
                    continue;
                }
                goals++;
                if (patientReference.equals(PatientOf.versionless(goal.get().getExpressedBy()))) {
                    goalsByPatient++;
                }
                goalReferences.add(PatientOf.versionless(reference));
            }
        }
        Set<LocalDate> evaluationDays = new LinkedHashSet<>();
        for (IBaseResource observation : reader.referringTo("Observation", "focus", goalReferences)) {
            Observation evaluation = (Observation) observation;
            if (evaluation.getStatus() != Observation.ObservationStatus.ENTEREDINERROR
                    && evaluation.hasEffectiveDateTimeType()
                    && evaluation.getEffectiveDateTimeType().hasValue()) {
                evaluationDays.add(evaluation
                        .getEffectiveDateTimeType()
                        .getValue()
                        .toInstant()
                        .atZone(CarePeriod.NORWAY)
                        .toLocalDate());
            }
        }

        boolean consent = reader.referringTo("Consent", "patient", subject).stream()
                .map(Consent.class::cast)
                .anyMatch(c -> c.getStatus() == Consent.ConsentState.ACTIVE);

        LocalDate needReported = reader.referringTo("EpisodeOfCare", "patient", subject).stream()
                .map(EpisodeOfCare.class::cast)
                .filter(episode -> episode.getStatus() != EpisodeOfCare.EpisodeOfCareStatus.ENTEREDINERROR)
                .filter(episode -> episode.getType().stream()
                        .anyMatch(type -> type.hasCoding(IpCodes.NEED_REPORT_TYPE_SYSTEM, "individuell-plan")
                                || type.hasCoding(IpCodes.NEED_REPORT_TYPE_SYSTEM, "koordinator")))
                .map(episode -> CarePeriod.of(episode.getPeriod()).startDay().orElse(null))
                .filter(java.util.Objects::nonNull)
                .min(Comparator.naturalOrder())
                .orElse(null);

        CarePeriod planPeriod = plan == null ? null : CarePeriod.of(plan.getPeriod());
        return Optional.of(new PersonFacts(
                patientReference,
                municipality == null ? null : kommunenummer(municipality),
                municipality == null ? null : municipality.getName(),
                helseforetak,
                patient.hasBirthDate()
                        ? LocalDate.parse(patient.getBirthDateElement().getValueAsString())
                        : null,
                needReported,
                plan == null ? null : plan.getStatus().toCode(),
                planPeriod == null ? null : planPeriod.startDay().orElse(null),
                planPeriod == null ? null : planPeriod.endDay().orElse(null),
                goals,
                goalsByPatient,
                sectors.contains("kommune"),
                sectors.contains(IpCodes.SPECIALIST_HEALTH_SERVICE),
                sectors.stream().anyMatch(NAV_SKOLE_PPT::contains),
                relative && consent,
                List.copyOf(koordinatorPeriods),
                evaluationDays.stream().sorted().toList()));
    }

    private static String type(Reference reference) {
        return reference == null || !reference.hasReference()
                ? null
                : reference.getReferenceElement().getResourceType();
    }

    private static String kommunenummer(Organization organization) {
        return organization.getIdentifier().stream()
                .filter(identifier -> IpCodes.KOMMUNENUMMER.equals(identifier.getSystem()))
                .map(Identifier::getValue)
                .findFirst()
                .orElse(null);
    }

    /** The organisations of the plan work, each read once, with their sector and place in the hierarchy. */
    private static final class Organizations {
        private final SystemReader reader;
        private final java.util.Map<String, Optional<Organization>> read = new java.util.HashMap<>();

        Organizations(SystemReader reader) {
            this.reader = reader;
        }

        Optional<Organization> read(Reference reference) {
            String key = PatientOf.versionless(reference);
            if (!key.startsWith("Organization/")) {
                return Optional.empty();
            }
            return read.computeIfAbsent(key, k -> reader.read(reference, Organization.class));
        }

        /** The organisations a participant stands for: its own, its role's, and the one it acts on behalf of. */
        List<Organization> of(CareTeam.CareTeamParticipantComponent participant) {
            List<Organization> found = new ArrayList<>();
            Reference member = participant.getMember();
            if ("Organization".equals(type(member))) {
                read(member).ifPresent(found::add);
            } else if ("PractitionerRole".equals(type(member))) {
                reader.read(member, PractitionerRole.class)
                        .flatMap(role -> read(role.getOrganization()))
                        .ifPresent(found::add);
            }
            if (participant.hasOnBehalfOf()) {
                read(participant.getOnBehalfOf()).ifPresent(found::add);
            }
            return found;
        }

        /** The organisation's own service sector, else the nearest one above it. */
        String sector(Organization organization) {
            Organization at = organization;
            for (int depth = 0; at != null && depth < PART_OF_DEPTH; depth++) {
                for (var type : at.getType()) {
                    for (var coding : type.getCoding()) {
                        if (IpCodes.SERVICE_SECTOR_SYSTEM.equals(coding.getSystem())) {
                            return coding.getCode();
                        }
                    }
                }
                at = parent(at);
            }
            return null;
        }

        /** The organisation at the top of the hierarchy (the health trust of a department). */
        Organization top(Organization organization) {
            Organization at = organization;
            for (int depth = 0; depth < PART_OF_DEPTH; depth++) {
                Organization parent = parent(at);
                if (parent == null) {
                    return at;
                }
                at = parent;
            }
            return at;
        }

        /** The organisation with a kommunenummer that this one is, or is part of. */
        Optional<Organization> municipalityOf(Organization organization) {
            Organization at = organization;
            for (int depth = 0; at != null && depth < PART_OF_DEPTH; depth++) {
                if (kommunenummer(at) != null) {
                    return Optional.of(at);
                }
                at = parent(at);
            }
            return Optional.empty();
        }

        private Organization parent(Organization organization) {
            if (!organization.hasPartOf()) {
                return null;
            }
            return read(organization.getPartOf()).orElse(null);
        }
    }
}
