package no.ipfhir.server.team;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import no.ipfhir.server.support.ExamplePlans;
import no.ipfhir.server.support.FhirIntegrationTest;
import no.ipfhir.server.support.StoredPlan;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.CareTeam.CareTeamParticipantComponent;
import org.hl7.fhir.r4.model.DateTimeType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The ansvarsgruppe has exactly one koordinator at any time, across changes of koordinator. */
class OneCoordinatorAtATimeIT extends FhirIntegrationTest {

    private static final String ROLES = "https://ip-fhir.org/fhir/CodeSystem/no-ip-rolle";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Oslo"));

    private StoredPlan plan;
    private CareTeam team;

    @BeforeEach
    void storePlan() {
        plan = StoredPlan.store(fhirContext, client(), ExamplePlans.STROKE_REHABILITATION);
        team = plan.read(CareTeam.class, plan.id("CareTeam"));
    }

    @Test
    void changeOfCoordinatorThatClosesTheOldPeriodIsAccepted() {
        currentCoordinator().getPeriod().setEndElement(date(TODAY.minusDays(1)));
        addCoordinator(TODAY);

        HttpResponse<String> response = update(team);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(coordinators(plan.read(CareTeam.class, plan.id("CareTeam")))).hasSize(2);
    }

    @Test
    void gapWithoutCoordinatorIsRejected() {
        currentCoordinator().getPeriod().setEndElement(date(TODAY.minusDays(10)));
        addCoordinator(TODAY);

        HttpResponse<String> response = update(team);

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(outcome(response).getIssueFirstRep().getDiagnostics()).contains("No koordinator between");
        assertThat(outcome(response).getIssueFirstRep().getExpression().get(0).getValue())
                .matches("CareTeam\\.participant\\[\\d+]\\.period\\.start");
    }

    @Test
    void overlappingCoordinatorPeriodsAreRejected() {
        currentCoordinator().getPeriod().setEndElement(date(TODAY.minusDays(5)));
        addCoordinator(TODAY.minusDays(10));

        HttpResponse<String> response = update(team);

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(outcome(response).getIssueFirstRep().getDiagnostics()).contains("Two koordinators at the same time");
    }

    @Test
    void earlierCoordinatorCannotBeRemovedFromTheTeam() {
        currentCoordinator().getPeriod().setEndElement(date(TODAY.minusDays(1)));
        addCoordinator(TODAY);
        assertThat(update(team).statusCode()).isEqualTo(200);
        CareTeam changed = plan.read(CareTeam.class, plan.id("CareTeam"));
        CareTeamParticipantComponent earlier = coordinators(changed).stream()
                .filter(c -> c.getPeriod().hasEnd())
                .findFirst()
                .orElseThrow();
        changed.getParticipant().remove(earlier);

        HttpResponse<String> response = update(changed);

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("removes koordinator");
    }

    private CareTeamParticipantComponent currentCoordinator() {
        return coordinators(team).stream()
                .filter(c -> !c.getPeriod().hasEnd())
                .findFirst()
                .orElseThrow();
    }

    /** The new koordinator is another participant of the team (here: the first professional without a role of koordinator). */
    private void addCoordinator(LocalDate start) {
        CareTeamParticipantComponent professional = team.getParticipant().stream()
                .filter(p -> p.getMember().getReference().startsWith("PractitionerRole/"))
                .filter(p -> !coordinators(team).contains(p))
                .findFirst()
                .orElseThrow();
        CareTeamParticipantComponent coordinator = team.addParticipant();
        coordinator.addRole().addCoding().setSystem(ROLES).setCode("koordinator");
        coordinator.setMember(professional.getMember().copy());
        coordinator.getPeriod().setStartElement(date(start));
    }

    private static List<CareTeamParticipantComponent> coordinators(CareTeam team) {
        return team.getParticipant().stream()
                .filter(p -> p.getRole().stream().anyMatch(r -> r.getCoding().stream()
                        .anyMatch(c -> ROLES.equals(c.getSystem()) && "koordinator".equals(c.getCode()))))
                .toList();
    }

    private static DateTimeType date(LocalDate date) {
        return new DateTimeType(date.toString());
    }
}
