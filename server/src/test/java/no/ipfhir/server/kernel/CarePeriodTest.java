package no.ipfhir.server.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import no.ipfhir.server.kernel.CarePeriod.State;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Period;
import org.junit.jupiter.api.Test;

class CarePeriodTest {

    private static Instant oslo(String localDateTime) {
        return ZonedDateTime.of(java.time.LocalDateTime.parse(localDateTime), CarePeriod.NORWAY)
                .toInstant();
    }

    private static Period period(String start, String end) {
        Period period = new Period();
        if (start != null) {
            period.setStartElement(new DateTimeType(start));
        }
        if (end != null) {
            period.setEndElement(new DateTimeType(end));
        }
        return period;
    }

    @Test
    void aDateOnlyEndHoldsUntilTheDayIsOverInNorway() {
        CarePeriod period = CarePeriod.of(period("2026-01-01", "2026-06-15"));
        assertThat(period.stateAt(oslo("2026-06-15T23:59:59"))).isEqualTo(State.CURRENT);
        assertThat(period.stateAt(oslo("2026-06-16T00:00:00"))).isEqualTo(State.PAST);
        // 23:30 UTC on the 15th is already the 16th in Oslo (summer time, UTC+2).
        assertThat(period.stateAt(Instant.parse("2026-06-15T22:30:00Z"))).isEqualTo(State.PAST);
        assertThat(period.stateAt(Instant.parse("2026-06-15T21:59:59Z"))).isEqualTo(State.CURRENT);
    }

    @Test
    void aDateOnlyStartHoldsFromTheMidnightThatBeginsTheDayInNorway() {
        CarePeriod period = CarePeriod.of(period("2026-12-01", null));
        assertThat(period.stateAt(oslo("2026-11-30T23:59:59"))).isEqualTo(State.FUTURE);
        assertThat(period.stateAt(oslo("2026-12-01T00:00:00"))).isEqualTo(State.CURRENT);
        // Winter time, UTC+1: 23:00 UTC on 30 November is midnight in Oslo.
        assertThat(period.stateAt(Instant.parse("2026-11-30T23:00:00Z"))).isEqualTo(State.CURRENT);
        assertThat(period.stateAt(Instant.parse("2026-11-30T22:59:59Z"))).isEqualTo(State.FUTURE);
    }

    @Test
    void daysAcrossTheSpringChangeToSummerTimeAreWhole() {
        // 29 March 2026 has 23 hours in Oslo: it ends at 22:00 UTC, not 23:00.
        CarePeriod endsOnChangeDay = CarePeriod.of(period("2026-03-01", "2026-03-29"));
        assertThat(endsOnChangeDay.stateAt(Instant.parse("2026-03-29T21:59:59Z")))
                .isEqualTo(State.CURRENT);
        assertThat(endsOnChangeDay.stateAt(Instant.parse("2026-03-29T22:00:00Z")))
                .isEqualTo(State.PAST);
        CarePeriod startsOnChangeDay = CarePeriod.of(period("2026-03-29", null));
        assertThat(startsOnChangeDay.stateAt(Instant.parse("2026-03-28T22:59:59Z")))
                .isEqualTo(State.FUTURE);
        assertThat(startsOnChangeDay.stateAt(Instant.parse("2026-03-28T23:00:00Z")))
                .isEqualTo(State.CURRENT);
    }

    @Test
    void daysAcrossTheAutumnChangeToWinterTimeAreWhole() {
        // 25 October 2026 has 25 hours in Oslo: from 22:00 UTC on the 24th to 23:00 UTC on the 25th.
        CarePeriod period = CarePeriod.of(period("2026-10-25", "2026-10-25"));
        assertThat(period.stateAt(Instant.parse("2026-10-24T21:59:59Z"))).isEqualTo(State.FUTURE);
        assertThat(period.stateAt(Instant.parse("2026-10-24T22:00:00Z"))).isEqualTo(State.CURRENT);
        assertThat(period.stateAt(Instant.parse("2026-10-25T22:59:59Z"))).isEqualTo(State.CURRENT);
        assertThat(period.stateAt(Instant.parse("2026-10-25T23:00:00Z"))).isEqualTo(State.PAST);
    }

    @Test
    void aStartOrEndWithATimeIsThatMoment() {
        CarePeriod period = CarePeriod.of(period("2026-05-01T12:00:00+02:00", "2026-05-02T08:00:00+02:00"));
        assertThat(period.stateAt(Instant.parse("2026-05-01T09:59:59Z"))).isEqualTo(State.FUTURE);
        assertThat(period.stateAt(Instant.parse("2026-05-01T10:00:00Z"))).isEqualTo(State.CURRENT);
        assertThat(period.stateAt(Instant.parse("2026-05-02T06:00:00Z"))).isEqualTo(State.PAST);
        assertThat(period.startDay()).contains(LocalDate.of(2026, 5, 1));
        assertThat(period.endDay()).contains(LocalDate.of(2026, 5, 2));
    }

    @Test
    void aMonthOrYearHoldsThroughItsLastDay() {
        assertThat(CarePeriod.of(period("2026-02", "2026-02")).endDay()).contains(LocalDate.of(2026, 2, 28));
        assertThat(CarePeriod.of(period(null, "2026")).stateAt(oslo("2026-12-31T23:59:00")))
                .isEqualTo(State.CURRENT);
        assertThat(CarePeriod.of(period(null, "2026")).stateAt(oslo("2027-01-01T00:00:00")))
                .isEqualTo(State.PAST);
        assertThat(CarePeriod.of(period("2026-02", null)).startDay()).contains(LocalDate.of(2026, 2, 1));
    }

    @Test
    void noStartAndNoEndHoldAlways() {
        assertThat(CarePeriod.of(null).isCurrent()).isTrue();
        assertThat(CarePeriod.of(new Period()).isCurrent()).isTrue();
        assertThat(CarePeriod.of(new Period()).startDay()).isEmpty();
        assertThat(CarePeriod.of(new Period()).hasEnd()).isFalse();
    }

    @Test
    void theDayOfADateDoesNotDependOnTheMachinesTimeZone() {
        java.util.TimeZone saved = java.util.TimeZone.getDefault();
        try {
            java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("Pacific/Kiritimati"));
            CarePeriod period = CarePeriod.of(period("2026-06-15", "2026-06-15"));
            assertThat(period.startDay()).contains(LocalDate.of(2026, 6, 15));
            assertThat(period.stateAt(oslo("2026-06-15T12:00:00"))).isEqualTo(State.CURRENT);
        } finally {
            java.util.TimeZone.setDefault(saved);
        }
    }
}
