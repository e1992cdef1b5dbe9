package no.ipfhir.server.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import no.ipfhir.server.kernel.PlanParticipation.Role;
import no.ipfhir.server.support.InMemoryReader;
import no.ipfhir.server.support.SyntheticIds;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.Test;

class PlanParticipationTest {

    private final String orgnr = SyntheticIds.organisasjonsnummer();
    private final Organization hospital = organisation("hospital", orgnr);
    private final Organization municipality = organisation("municipality", SyntheticIds.organisasjonsnummer());
    private final PractitionerRole nurse = new PractitionerRole()
            .setPractitioner(new Reference("Practitioner/nurse"))
            .setOrganization(new Reference("Organization/hospital"));

    {
        nurse.setId("PractitionerRole/nurse");
    }

    private static Organization organisation(String id, String orgnr) {
        Organization organisation = new Organization();
        organisation.setId("Organization/" + id);
        organisation.addIdentifier().setSystem(IpCodes.ORGANISASJONSNUMMER).setValue(orgnr);
        return organisation;
    }

    private static CareTeam team(String id, String patient) {
        CareTeam team = new CareTeam();
        team.setId("CareTeam/" + id);
        team.setStatus(CareTeam.CareTeamStatus.ACTIVE);
        team.setSubject(new Reference("Patient/" + patient));
        team.addManagingOrganization(new Reference("Organization/municipality"));
        team.addParticipant()
                .addRole(new CodeableConcept(new Coding(IpCodes.ROLE_SYSTEM, IpCodes.COORDINATOR, null)))
                .setMember(new Reference("Practitioner/koordinator"))
                .setOnBehalfOf(new Reference("Organization/municipality"))
                .setPeriod(new Period().setStartElement(new DateTimeType("2025-01-01")));
        return team;
    }

    private static Period days(LocalDate start, LocalDate end) {
        Period period = new Period();
        if (start != null) {
            period.setStartElement(new DateTimeType(start.toString()));
        }
        if (end != null) {
            period.setEndElement(new DateTimeType(end.toString()));
        }
        return period;
    }

    private PlanParticipation.OrganisationPlans hospitalPlans(InMemoryReader reader) {
        return new PlanParticipation(reader).ofOrganisation(Set.of(IpCodes.ORGANISASJONSNUMMER + "|" + orgnr));
    }

    @Test
    void anOrganisationTakesPartThroughEachWayOfBeingOnTheTeam() {
        CareTeam asMember = team("a", "a");
        asMember.addParticipant().setMember(new Reference("Organization/hospital"));
        CareTeam throughRole = team("b", "b");
        throughRole.addParticipant().setMember(new Reference("PractitionerRole/nurse"));
        CareTeam onBehalfOf = team("c", "c");
        onBehalfOf
                .addParticipant()
                .setMember(new Reference("Practitioner/doctor"))
                .setOnBehalfOf(new Reference("Organization/hospital"));
        CareTeam managed = team("d", "d");
        managed.getManagingOrganizationFirstRep().setReference("Organization/hospital");
        CareTeam other = team("e", "e");
        InMemoryReader reader = new InMemoryReader()
                .store(hospital, municipality, nurse, asMember, throughRole, onBehalfOf, managed, other);

        var plans = hospitalPlans(reader);

        assertThat(plans.patients()).containsOnlyKeys("a", "b", "c", "d");
        assertThat(plans.patients().get("a")).containsExactly(Role.MEMBER);
        assertThat(plans.patients().get("b")).containsExactly(Role.PRACTITIONER_ROLE);
        assertThat(plans.patients().get("c")).containsExactly(Role.ON_BEHALF_OF);
        assertThat(plans.patients().get("d")).containsExactly(Role.MANAGING_ORGANISATION);
        assertThat(plans.references()).containsExactlyInAnyOrder("Organization/hospital", "PractitionerRole/nurse");
    }

    @Test
    void writingThePlanIsNotTakingPartInIt() {
        CarePlan contributed = new CarePlan()
                .setStatus(CarePlan.CarePlanStatus.ACTIVE)
                .setSubject(new Reference("Patient/p1"))
                .setAuthor(new Reference("PractitionerRole/nurse"));
        contributed.addContributor(new Reference("Organization/hospital"));
        contributed.setId("CarePlan/1");
        CareTeam ended = team("p1", "p1");
        ended.addParticipant()
                .setMember(new Reference("Organization/hospital"))
                .setPeriod(days(
                        CarePeriod.today().minusMonths(2), CarePeriod.today().minusMonths(1)));

        var plans = hospitalPlans(new InMemoryReader().store(hospital, nurse, contributed, ended));

        assertThat(plans.patients()).isEmpty();
    }

    @Test
    void participationHoldsOnlyForTheParticipantsPeriodInNorwegianDays() {
        LocalDate today = CarePeriod.today();
        CareTeam endsToday = team("a", "a");
        endsToday
                .addParticipant()
                .setMember(new Reference("Organization/hospital"))
                .setPeriod(days(today.minusMonths(1), today));
        CareTeam endedYesterday = team("b", "b");
        endedYesterday
                .addParticipant()
                .setMember(new Reference("Organization/hospital"))
                .setPeriod(days(null, today.minusDays(1)));
        CareTeam startsNextMonth = team("c", "c");
        startsNextMonth
                .addParticipant()
                .setMember(new Reference("Organization/hospital"))
                .setPeriod(days(today.plusMonths(1), null));
        CareTeam startsToday = team("d", "d");
        startsToday
                .addParticipant()
                .setMember(new Reference("Organization/hospital"))
                .setPeriod(days(today, null));

        var plans = hospitalPlans(
                new InMemoryReader().store(hospital, endsToday, endedYesterday, startsNextMonth, startsToday));

        assertThat(plans.patients()).containsOnlyKeys("a", "d");
    }

    @Test
    void inactiveOrMistakenTeamsGiveTheirManagerNothing() {
        CareTeam inactive = team("a", "a");
        inactive.setStatus(CareTeam.CareTeamStatus.INACTIVE);
        inactive.getParticipantFirstRep().setOnBehalfOf(null);
        CareTeam inError = team("b", "b");
        inError.setStatus(CareTeam.CareTeamStatus.ENTEREDINERROR);
        inError.addParticipant().setMember(new Reference("Organization/municipality"));

        var plans = new PlanParticipation(new InMemoryReader().store(municipality, inactive, inError))
                .ofOrganisation(Set.of(IpCodes.ORGANISASJONSNUMMER + "|"
                        + municipality.getIdentifierFirstRep().getValue()));

        assertThat(plans.patients()).isEmpty();
        assertThat(plans.organisations()).containsExactly("Organization/municipality");
    }

    @Test
    void anUnknownOrganisationTakesPartInNothing() {
        var plans = new PlanParticipation(new InMemoryReader().store(hospital, team("a", "a")))
                .ofOrganisation(Set.of(IpCodes.ORGANISASJONSNUMMER + "|" + SyntheticIds.organisasjonsnummer()));
        assertThat(plans).isEqualTo(PlanParticipation.OrganisationPlans.NONE);
    }

    @Test
    void theResponsibleAreTheManagerAndTheCurrentKoordinator() {
        LocalDate today = CarePeriod.today();
        CareTeam team = team("a", "a");
        team.getParticipantFirstRep().setPeriod(days(today.minusYears(1), today));
        team.addParticipant()
                .addRole(new CodeableConcept(new Coding(IpCodes.ROLE_SYSTEM, IpCodes.COORDINATOR, null)))
                .setMember(new Reference("PractitionerRole/nurse"))
                .setPeriod(days(today, null));
        team.addParticipant()
                .addRole(new CodeableConcept(new Coding(IpCodes.ROLE_SYSTEM, IpCodes.COORDINATOR, null)))
                .setMember(new Reference("Practitioner/future"))
                .setPeriod(days(today.plusMonths(1), null));

        Set<String> responsible = PlanParticipation.responsibleFor(team, java.time.Instant.now());

        // Handover day: both koordinators answer; the one who starts next month does not yet.
        assertThat(responsible)
                .containsExactlyInAnyOrder(
                        "Organization/municipality", "Practitioner/koordinator", "PractitionerRole/nurse");
        assertThat(PlanParticipation.coordinatorAt(team, java.time.Instant.now())
                        .orElseThrow()
                        .getMember()
                        .getReference())
                .isEqualTo("PractitionerRole/nurse");
    }
}
