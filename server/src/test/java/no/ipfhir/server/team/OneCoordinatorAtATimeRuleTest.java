package no.ipfhir.server.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import no.ipfhir.server.kernel.IpCodes;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.Test;

class OneCoordinatorAtATimeRuleTest {

    private final OneCoordinatorAtATimeRule rule = new OneCoordinatorAtATimeRule(patient -> {});

    private static CareTeam team(String... periods) {
        CareTeam team = new CareTeam();
        for (int i = 0; i < periods.length; i++) {
            String[] startEnd = periods[i].split("/", -1);
            Period period = new Period().setStartElement(new DateTimeType(startEnd[0]));
            if (!startEnd[1].isEmpty()) {
                period.setEndElement(new DateTimeType(startEnd[1]));
            }
            team.addParticipant()
                    .addRole(new CodeableConcept(new Coding(IpCodes.ROLE_SYSTEM, IpCodes.COORDINATOR, null)))
                    .setMember(new Reference("Practitioner/k" + i))
                    .setPeriod(period);
        }
        return team;
    }

    private String refusedAt(CareTeam team, CareTeam previous) {
        var refusal = catchThrowableOfType(() -> rule.check(team, previous), UnprocessableEntityException.class);
        return ((OperationOutcome) refusal.getOperationOutcome())
                .getIssueFirstRep()
                .getExpression()
                .get(0)
                .getValue();
    }

    @Test
    void aHandoverOnTheSameDayOrTheDayAfterIsAccepted() {
        assertThatCode(() -> rule.check(team("2026-01-01/2026-03-29", "2026-03-29/"), null))
                .doesNotThrowAnyException();
        assertThatCode(() -> rule.check(team("2026-01-01/2026-03-28", "2026-03-29/"), null))
                .doesNotThrowAnyException();
    }

    @Test
    void aGapOrAnOverlapIsRefusedAtTheLaterKoordinator() {
        assertThat(refusedAt(team("2026-01-01/2026-03-27", "2026-03-29/"), null))
                .isEqualTo("CareTeam.participant[1].period.start");
        assertThat(refusedAt(team("2026-01-01/2026-04-01", "2026-03-29/"), null))
                .isEqualTo("CareTeam.participant[1].period.start");
        assertThat(refusedAt(team("2026-01-01/", "2026-03-29/"), null)).isEqualTo("CareTeam.participant[0].period.end");
    }

    @Test
    void aHandoverWrittenAsMomentsCountsInNorwegianDays() {
        // 23:30 UTC on 28 March is already 29 March in Oslo: the same day as the new start.
        assertThatCode(() -> rule.check(team("2026-01-01/2026-03-28T23:30:00Z", "2026-03-29/"), null))
                .doesNotThrowAnyException();
    }

    @Test
    void anEarlierKoordinatorIsNeverRemoved() {
        CareTeam before = team("2026-01-01/2026-03-29", "2026-03-29/");
        CareTeam after = team("2026-03-29/");
        after.getParticipantFirstRep().setMember(new Reference("Practitioner/k1"));
        assertThat(refusedAt(after, before)).isEqualTo("CareTeam.participant");
    }
}
