package no.ipfhir.server.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.ipfhir.server.kernel.CarePeriod;
import no.ipfhir.server.kernel.IpCodes;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;

/** The plan in words, from resources in memory. */
class PlanNarrativeTest {

    private static Practitioner person(String id, String given, String family) {
        Practitioner practitioner = new Practitioner();
        practitioner.setId("Practitioner/" + id);
        practitioner.addName().addGiven(given).setFamily(family);
        return practitioner;
    }

    private static Period days(LocalDate start, LocalDate end) {
        Period period = new Period().setStartElement(new DateTimeType(start.toString()));
        if (end != null) {
            period.setEndElement(new DateTimeType(end.toString()));
        }
        return period;
    }

    @Test
    void theTeamShowsTheCurrentKoordinatorAndRolesInThePackagesWords() {
        LocalDate today = CarePeriod.today();
        CareTeam team = new CareTeam().setName("Ansvarsgruppe");
        CodeableConcept koordinator = new CodeableConcept(new Coding(IpCodes.ROLE_SYSTEM, IpCodes.COORDINATOR, null));
        team.addParticipant()
                .addRole(koordinator)
                .setMember(new Reference("Practitioner/old"))
                .setPeriod(days(today.minusYears(1), today.minusDays(1)));
        team.addParticipant()
                .addRole(koordinator)
                .setMember(new Reference("Practitioner/new"))
                .setPeriod(days(today.minusDays(1), null));
        team.addParticipant().setMember(new Reference("Practitioner/later")).setPeriod(days(today.plusDays(1), null));
        Map<String, Resource> actors = Map.of(
                "Practitioner/old", person("old", "Ola", "Gammel"),
                "Practitioner/new", person("new", "Nina", "Ny"),
                "Practitioner/later", person("later", "Lars", "Senere"));
        PlanParts parts = new PlanParts(
                new CarePlan(), Optional.empty(), List.of(), List.of(), List.of(team), List.of(), List.of(), actors);

        String html = new PlanNarrative(parts).team(new Date());

        assertThat(html).contains("Koordinator: Nina Ny.");
        String displayed =
                IpCodes.display(IpCodes.ROLE_SYSTEM, IpCodes.COORDINATOR).orElseThrow();
        assertThat(html).contains("Nina Ny — " + displayed);
        assertThat(html).doesNotContain("Lars Senere").doesNotContain("Ola Gammel —");
    }

    @Test
    void aPlanWithoutPartsSaysSo() {
        PlanParts parts = new PlanParts(
                new CarePlan().setStatus(CarePlan.CarePlanStatus.DRAFT),
                Optional.empty(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                Map.of());
        PlanNarrative narrative = new PlanNarrative(parts);
        assertThat(narrative.goals()).contains("Planen har ingen mål ennå.");
        assertThat(narrative.team(new Date())).contains("Planen har ingen ansvarsgruppe ennå.");
        assertThat(narrative.about(Optional.empty())).contains("Status: utkast.");
    }
}
