package no.ipfhir.server.kernel;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Optional;
import org.hl7.fhir.r4.model.BaseDateTimeType;
import org.hl7.fhir.r4.model.Period;

/**
 * When something in a plan holds: a participant's time on the team, a koordinator's period, a consent
 * provision. Norwegian plans count in whole days in Norwegian time: a date-only start holds from the
 * midnight that begins that day in Oslo, and a date-only end holds until the day is over there (the
 * midnight that begins the next day), across summer-time changes. A start or end with a time is that
 * moment. A year or month holds from its first day through its last. No start means "always was", no
 * end "still is". Every feature (access, notifications, the team rules, the narrative) asks this type.
 */
public final class CarePeriod {

    public static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");

    public enum State {
        FUTURE,
        CURRENT,
        PAST
    }

    private final Instant start;
    private final Instant endExclusive;
    private final LocalDate startDay;
    private final LocalDate endDay;

    private CarePeriod(Instant start, Instant endExclusive, LocalDate startDay, LocalDate endDay) {
        this.start = start;
        this.endExclusive = endExclusive;
        this.startDay = startDay;
        this.endDay = endDay;
    }

    /** The period a FHIR Period states; a missing or empty Period holds always. */
    public static CarePeriod of(Period period) {
        if (period == null || period.isEmpty()) {
            return new CarePeriod(null, null, null, null);
        }
        BaseDateTimeType start = period.hasStart() ? period.getStartElement() : null;
        BaseDateTimeType end = period.hasEnd() ? period.getEndElement() : null;
        return new CarePeriod(
                start == null ? null : firstMoment(start),
                end == null ? null : momentAfter(end),
                start == null ? null : firstDay(start),
                end == null ? null : lastDay(end));
    }

    public State stateAt(Instant moment) {
        if (start != null && moment.isBefore(start)) {
            return State.FUTURE;
        }
        if (endExclusive != null && !moment.isBefore(endExclusive)) {
            return State.PAST;
        }
        return State.CURRENT;
    }

    public boolean isCurrentAt(Instant moment) {
        return stateAt(moment) == State.CURRENT;
    }

    public boolean isCurrentAt(Date moment) {
        return isCurrentAt(moment.toInstant());
    }

    public boolean isCurrent() {
        return isCurrentAt(Instant.now());
    }

    public static boolean isCurrent(Period period) {
        return of(period).isCurrent();
    }

    /** The first day it holds, in Norwegian time; empty without a start. */
    public Optional<LocalDate> startDay() {
        return Optional.ofNullable(startDay);
    }

    /** The last day it holds (at least in part), in Norwegian time; empty without an end. */
    public Optional<LocalDate> endDay() {
        return Optional.ofNullable(endDay);
    }

    public boolean hasEnd() {
        return endDay != null;
    }

    /** Today's date in Norway. */
    public static LocalDate today() {
        return LocalDate.now(NORWAY);
    }

    private static boolean dateOnly(BaseDateTimeType value) {
        return value.getPrecision().ordinal() <= TemporalPrecisionEnum.DAY.ordinal();
    }

    private static LocalDate firstDay(BaseDateTimeType value) {
        if (!dateOnly(value)) {
            return value.getValue().toInstant().atZone(NORWAY).toLocalDate();
        }
        // As written ("2026", "2026-03", "2026-03-29"): a date has no time zone of its own.
        String[] parts = value.getValueAsString().split("-");
        return LocalDate.of(
                Integer.parseInt(parts[0]),
                parts.length > 1 ? Integer.parseInt(parts[1]) : 1,
                parts.length > 2 ? Integer.parseInt(parts[2].substring(0, 2)) : 1);
    }

    private static LocalDate lastDay(BaseDateTimeType value) {
        if (!dateOnly(value)) {
            return value.getValue().toInstant().atZone(NORWAY).toLocalDate();
        }
        LocalDate first = firstDay(value);
        return switch (value.getPrecision()) {
            case YEAR -> first.plusYears(1).minusDays(1);
            case MONTH -> first.plusMonths(1).minusDays(1);
            default -> first;
        };
    }

    private static Instant firstMoment(BaseDateTimeType value) {
        return dateOnly(value)
                ? firstDay(value).atStartOfDay(NORWAY).toInstant()
                : value.getValue().toInstant();
    }

    private static Instant momentAfter(BaseDateTimeType value) {
        return dateOnly(value)
                ? lastDay(value).plusDays(1).atStartOfDay(NORWAY).toInstant()
                : value.getValue().toInstant();
    }
}
