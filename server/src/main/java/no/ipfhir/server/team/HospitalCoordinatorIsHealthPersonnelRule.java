package no.ipfhir.server.team;

import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import no.ipfhir.server.kernel.IpCodes;
import no.ipfhir.server.kernel.SystemReader;
import no.ipfhir.server.kernel.WriteRule;
import no.ipfhir.server.kernel.WriteStep;
import no.ipfhir.server.rest.Outcomes;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.CareTeam.CareTeamParticipantComponent;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;
import org.springframework.stereotype.Component;

/**
 * In the specialist health service the koordinator must be health personnel: a koordinator who takes part for a spesialisthelsetjeneste organisation — as its
 * PractitionerRole, on its behalf, or as the organisation itself — must be a Practitioner with an
 * HPR-nummer and a health-personnel category (Volven 9060). A municipal koordinator need not be.
 *
 * <p>Only koordinator participations that the write adds or changes are checked, so a team whose
 * earlier koordinator was appointed before this rule can still be updated.
 */
@Component
public class HospitalCoordinatorIsHealthPersonnelRule implements WriteRule {

    private static final String HPR_SYSTEM = IpCodes.HPR_NUMMER;
    private static final String HEALTH_PERSONNEL_CATEGORY_SYSTEM = IpCodes.HEALTH_PERSONNEL_CATEGORY;

    private final SystemReader stored;

    public HospitalCoordinatorIsHealthPersonnelRule(SystemReader stored) {
        this.stored = stored;
    }

    @Override
    public WriteStep step() {
        return WriteStep.HOSPITAL_COORDINATOR_IS_HEALTH_PERSONNEL;
    }

    @Override
    public void check(IBaseResource resource, IBaseResource previous) {
        if (!(resource instanceof CareTeam team)) {
            return;
        }
        List<CareTeamParticipantComponent> before =
                previous instanceof CareTeam previousTeam ? previousTeam.getParticipant() : List.of();
        OperationOutcome outcome = new OperationOutcome();
        List<CareTeamParticipantComponent> participants = team.getParticipant();
        for (int i = 0; i < participants.size(); i++) {
            CareTeamParticipantComponent participant = participants.get(i);
            if (!isCoordinator(participant) || before.stream().anyMatch(participant::equalsDeep)) {
                continue;
            }
            Optional<Organization> hospital = hospitalOf(participant);
            if (hospital.isEmpty()) {
                continue;
            }
            Optional<String> lack = whatIsLacking(participant);
            if (lack.isPresent()) {
                String member = participant.getMember().getReference() != null
                        ? participant.getMember().getReference()
                        : participant.getMember().getDisplay();
                Organization organisation = hospital.get();
                Outcomes.addError(
                        outcome,
                        IssueType.BUSINESSRULE,
                        "CareTeam.participant[" + i + "].member",
                        "The koordinator CareTeam.participant[" + i + "] (" + member + ") takes part for "
                                + organisation.getName() + " ("
                                + organisation
                                        .getIdElement()
                                        .toUnqualifiedVersionless()
                                        .getValue()
                                + "), a spesialisthelsetjeneste, where the koordinator must be health personnel; "
                                + lack.get() + ".",
                        "Appoint as koordinator a Practitioner with an HPR-nummer (identifier system " + HPR_SYSTEM
                                + ") and a health-personnel category (qualification coded in "
                                + HEALTH_PERSONNEL_CATEGORY_SYSTEM
                                + "), or give that Practitioner the missing HPR-nummer and qualification first.");
            }
        }
        if (!outcome.getIssue().isEmpty()) {
            throw new UnprocessableEntityException(Outcomes.summary(outcome), outcome);
        }
    }

    private static boolean isCoordinator(CareTeamParticipantComponent participant) {
        return participant.getRole().stream().anyMatch(IpCodes::isCoordinator);
    }

    /** The spesialisthelsetjeneste organisation the koordinator takes part for, if any. */
    private Optional<Organization> hospitalOf(CareTeamParticipantComponent participant) {
        List<Reference> organisations = new ArrayList<>();
        organisations.add(participant.getOnBehalfOf());
        Optional<IBaseResource> member = stored.read(participant.getMember());
        if (member.orElse(null) instanceof Organization) {
            organisations.add(participant.getMember());
        }
        if (member.orElse(null) instanceof PractitionerRole role) {
            organisations.add(role.getOrganization());
        }
        return organisations.stream()
                .map(reference -> stored.read(reference))
                .flatMap(Optional::stream)
                .filter(Organization.class::isInstance)
                .map(Organization.class::cast)
                .filter(HospitalCoordinatorIsHealthPersonnelRule::isSpecialistHealthService)
                .findFirst();
    }

    private static boolean isSpecialistHealthService(Organization organisation) {
        return organisation.getType().stream()
                .flatMap(type -> type.getCoding().stream())
                .anyMatch(coding -> IpCodes.SERVICE_SECTOR_SYSTEM.equals(coding.getSystem())
                        && IpCodes.SPECIALIST_HEALTH_SERVICE.equals(coding.getCode()));
    }

    /** Why the koordinator is not shown to be health personnel, or empty when it is. */
    private Optional<String> whatIsLacking(CareTeamParticipantComponent participant) {
        IBaseResource member = stored.read(participant.getMember()).orElse(null);
        if (member instanceof PractitionerRole role) {
            member = stored.read(role.getPractitioner()).orElse(null);
            if (member == null) {
                return Optional.of("its PractitionerRole names no stored Practitioner");
            }
        }
        if (!(member instanceof Practitioner practitioner)) {
            return Optional.of("the koordinator is not a Practitioner (or a PractitionerRole of one)");
        }
        String who = practitioner.getIdElement().toUnqualifiedVersionless().getValue();
        boolean hpr = practitioner.getIdentifier().stream()
                .anyMatch(identifier -> HPR_SYSTEM.equals(identifier.getSystem()) && identifier.hasValue());
        boolean category = practitioner.getQualification().stream()
                .flatMap(qualification -> qualification.getCode().getCoding().stream())
                .anyMatch(coding -> HEALTH_PERSONNEL_CATEGORY_SYSTEM.equals(coding.getSystem()) && coding.hasCode());
        if (!hpr && !category) {
            return Optional.of(who + " has neither an HPR-nummer nor a health-personnel category");
        }
        if (!hpr) {
            return Optional.of(who + " has no HPR-nummer");
        }
        if (!category) {
            return Optional.of(who + " has no health-personnel category (Volven 9060) among its qualifications");
        }
        return Optional.empty();
    }
}
