package no.ipfhir.server.team;

import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import no.ipfhir.server.kernel.CarePeriod;
import no.ipfhir.server.kernel.IpCodes;
import no.ipfhir.server.kernel.PatientWriteLock;
import no.ipfhir.server.kernel.WriteRule;
import no.ipfhir.server.kernel.WriteStep;
import no.ipfhir.server.rest.Outcomes;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.CareTeam.CareTeamParticipantComponent;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.springframework.stereotype.Component;

/**
 * Exactly one koordinator at any time, over the whole life of the ansvarsgruppe. The profile checks
 * that an active team has one current koordinator; this rule checks the sequence: koordinator
 * periods follow each other without a gap or an overlap (a change closes the old period the day the
 * new one starts, or the day before), and an update never removes an earlier koordinator, whose
 * period is closed instead, so the history of who was responsible stays in the plan. The check runs
 * under the patient's write lock, so two changes of koordinator at the same moment are judged one
 * after the other, the second against what the first stored.
 */
@Component
public class OneCoordinatorAtATimeRule implements WriteRule {

    @Override
    public WriteStep step() {
        return WriteStep.ONE_COORDINATOR_AT_A_TIME;
    }

    private final PatientWriteLock patientLock;

    public OneCoordinatorAtATimeRule(PatientWriteLock patientLock) {
        this.patientLock = patientLock;
    }

    @Override
    public void check(IBaseResource resource, IBaseResource previousVersion) {
        if (resource instanceof CareTeam team) {
            patientLock.lock(
                    team.getSubject().hasReference()
                            ? team.getSubject()
                                    .getReferenceElement()
                                    .toUnqualifiedVersionless()
                                    .getValue()
                            : team.getIdElement().toUnqualifiedVersionless().getValue());
            check(team, previousVersion instanceof CareTeam previous ? previous : null);
        }
    }

    private void check(CareTeam team, CareTeam previous) {
        OperationOutcome outcome = new OperationOutcome();
        List<Indexed> coordinators = coordinators(team);
        for (Indexed coordinator : coordinators) {
            if (!coordinator.participant.getPeriod().hasStart()) {
                Outcomes.addError(
                        outcome,
                        IssueType.REQUIRED,
                        coordinator.path() + ".period.start",
                        "A koordinator's period has no start date.",
                        "Give the date the koordinator took over.");
            }
        }
        List<Indexed> ordered = coordinators.stream()
                .filter(c -> c.participant.getPeriod().hasStart())
                .sorted(Comparator.comparing(c -> start(c.participant)))
                .toList();
        for (int i = 1; i < ordered.size(); i++) {
            CareTeamParticipantComponent before = ordered.get(i - 1).participant;
            Indexed after = ordered.get(i);
            if (!before.getPeriod().hasEnd()) {
                Outcomes.addError(
                        outcome,
                        IssueType.BUSINESSRULE,
                        ordered.get(i - 1).path() + ".period.end",
                        "Two koordinators at the same time: the koordinator from " + start(before)
                                + " has no end date, but another koordinator starts " + start(after.participant) + ".",
                        "Close the earlier koordinator's period (period.end) the day the new koordinator starts.");
                continue;
            }
            LocalDate end = end(before);
            LocalDate nextStart = start(after.participant);
            if (nextStart.isBefore(end)) {
                Outcomes.addError(
                        outcome,
                        IssueType.BUSINESSRULE,
                        after.path() + ".period.start",
                        "Two koordinators at the same time: the koordinator period ending " + end
                                + " overlaps the one starting " + nextStart + ".",
                        "End the earlier koordinator's period on or the day before " + nextStart + ".");
            } else if (nextStart.isAfter(end.plusDays(1))) {
                Outcomes.addError(
                        outcome,
                        IssueType.BUSINESSRULE,
                        after.path() + ".period.start",
                        "No koordinator between " + end + " and " + nextStart
                                + ": there must be a koordinator at any time.",
                        "Let the new koordinator start the day the earlier period ends (or the day after).");
            }
        }
        if (previous != null) {
            for (Indexed earlier : coordinators(previous)) {
                boolean kept = coordinators.stream().anyMatch(c -> sameCoordinator(c.participant, earlier.participant));
                if (!kept) {
                    Outcomes.addError(
                            outcome,
                            IssueType.BUSINESSRULE,
                            "CareTeam.participant",
                            "The update removes koordinator "
                                    + earlier.participant.getMember().getReference() + " (from "
                                    + earlier.participant
                                            .getPeriod()
                                            .getStartElement()
                                            .getValueAsString()
                                    + "); who was koordinator when is part of the plan's history.",
                            "Keep the participant and close its period (period.end) instead of removing it.");
                }
            }
        }
        if (!outcome.getIssue().isEmpty()) {
            throw new UnprocessableEntityException(Outcomes.summary(outcome), outcome);
        }
    }

    private static List<Indexed> coordinators(CareTeam team) {
        List<Indexed> result = new ArrayList<>();
        List<CareTeamParticipantComponent> participants = team.getParticipant();
        for (int i = 0; i < participants.size(); i++) {
            if (isCoordinator(participants.get(i))) {
                result.add(new Indexed(i, participants.get(i)));
            }
        }
        return result;
    }

    private static boolean isCoordinator(CareTeamParticipantComponent participant) {
        return participant.getRole().stream().anyMatch(IpCodes::isCoordinator);
    }

    private static boolean sameCoordinator(CareTeamParticipantComponent a, CareTeamParticipantComponent b) {
        return a.getMember().getReference() != null
                && a.getMember().getReference().equals(b.getMember().getReference())
                && a.getPeriod().hasStart()
                && b.getPeriod().hasStart()
                && start(a).equals(start(b));
    }

    private static LocalDate start(CareTeamParticipantComponent participant) {
        return CarePeriod.of(participant.getPeriod()).startDay().orElseThrow();
    }

    private static LocalDate end(CareTeamParticipantComponent participant) {
        return CarePeriod.of(participant.getPeriod()).endDay().orElseThrow();
    }

    private record Indexed(int index, CareTeamParticipantComponent participant) {
        String path() {
            return "CareTeam.participant[" + index + "]";
        }
    }
}
