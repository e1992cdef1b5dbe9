package no.ipfhir.server.styringsdata;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import no.ipfhir.server.config.DatabaseConfig.SchemaMigration;
import no.ipfhir.server.styringsdata.PersonFacts.Days;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

/**
 * The projection the indicators are computed from, in two tables of this project's own (beside HAPI's):
 * <ul>
 *   <li>{@code IP_INDICATOR_PERSON}: one row of {@link PersonFacts} per person with a plan, a team or a reported
 *       need — dates, counts and yes/no, no name and no national identity number;</li>
 *   <li>{@code IP_INDICATOR_PENDING}: the persons whose data changed since their row was made, written in the
 *       transaction of the change, so that no change is missed even when the server stops right after.</li>
 * </ul>
 * The same SQL runs on PostgreSQL and H2.
 */
public class IndicatorStore {

    private static final List<String> SCHEMA = List.of(
            "CREATE TABLE IF NOT EXISTS IP_INDICATOR_PERSON ("
                    + "PATIENT VARCHAR(100) PRIMARY KEY, KOMMUNENUMMER VARCHAR(4), KOMMUNENAVN VARCHAR(200), "
                    + "HELSEFORETAK VARCHAR(200), BIRTH_DATE DATE, NEED_REPORTED DATE, PLAN_STATUS VARCHAR(20), "
                    + "PLAN_START DATE, PLAN_END DATE, GOALS INT NOT NULL, GOALS_BY_PATIENT INT NOT NULL, "
                    + "KOMMUNE BOOLEAN NOT NULL, SPECIALIST BOOLEAN NOT NULL, NAV_SKOLE_PPT BOOLEAN NOT NULL, "
                    + "RELATIVES_BY_CONSENT BOOLEAN NOT NULL, KOORDINATOR_PERIODS VARCHAR(4000) NOT NULL, "
                    + "EVALUATION_DAYS VARCHAR(4000) NOT NULL)",
            "CREATE INDEX IF NOT EXISTS IP_INDICATOR_PERSON_KOMMUNE ON IP_INDICATOR_PERSON (KOMMUNENUMMER)",
            "CREATE TABLE IF NOT EXISTS IP_INDICATOR_PENDING (PATIENT VARCHAR(100) PRIMARY KEY, CHANGED_AT BIGINT NOT NULL)");

    private static final String COLUMNS =
            "PATIENT, KOMMUNENUMMER, KOMMUNENAVN, HELSEFORETAK, BIRTH_DATE, NEED_REPORTED, "
                    + "PLAN_STATUS, PLAN_START, PLAN_END, GOALS, GOALS_BY_PATIENT, KOMMUNE, SPECIALIST, NAV_SKOLE_PPT, "
                    + "RELATIVES_BY_CONSENT, KOORDINATOR_PERIODS, EVALUATION_DAYS";

    private static final RowMapper<PersonFacts> PERSON = (rs, i) -> new PersonFacts(
            rs.getString("PATIENT"),
            rs.getString("KOMMUNENUMMER"),
            rs.getString("KOMMUNENAVN"),
            rs.getString("HELSEFORETAK"),
            day(rs, "BIRTH_DATE"),
            day(rs, "NEED_REPORTED"),
            rs.getString("PLAN_STATUS"),
            day(rs, "PLAN_START"),
            day(rs, "PLAN_END"),
            rs.getInt("GOALS"),
            rs.getInt("GOALS_BY_PATIENT"),
            rs.getBoolean("KOMMUNE"),
            rs.getBoolean("SPECIALIST"),
            rs.getBoolean("NAV_SKOLE_PPT"),
            rs.getBoolean("RELATIVES_BY_CONSENT"),
            periods(rs.getString("KOORDINATOR_PERIODS")),
            days(rs.getString("EVALUATION_DAYS")));

    /** The most recent evaluation days kept per person (the indicators look back 12 months). */
    private static final int KEPT_DAYS = 300;

    private final JdbcTemplate jdbc;

    /** The schema migration is a parameter so that HAPI's tables exist before these are made. */
    public IndicatorStore(JdbcTemplate jdbc, SchemaMigration hapiSchema) {
        this.jdbc = jdbc;
        SCHEMA.forEach(jdbc::execute);
    }

    /** Joins the caller's transaction: the person's row is made again once the change is committed. */
    public void markPending(Collection<String> patients, long changedAt) {
        for (String patient : patients) {
            // One row per person, however many changes: an update that finds none inserts.
            if (jdbc.update("UPDATE IP_INDICATOR_PENDING SET CHANGED_AT = ? WHERE PATIENT = ?", changedAt, patient)
                    == 0) {
                try {
                    jdbc.update(
                            "INSERT INTO IP_INDICATOR_PENDING (PATIENT, CHANGED_AT) VALUES (?, ?)", patient, changedAt);
                } catch (org.springframework.dao.DuplicateKeyException markedAtTheSameMoment) {
                    // another transaction marked the same person: once is enough
                }
            }
        }
    }

    /** A person whose row is due, as marked by the last change. */
    public record Pending(String patient, long changedAt) {}

    /**
     * Up to {@code limit} persons whose rows are due, the longest waiting first. Nothing is locked: a node
     * makes the row and then {@link #done removes the mark} only if no change came since, so a change made
     * while the row was being made is never lost, and no write waits for the projection.
     */
    public List<Pending> pending(int limit) {
        return jdbc.query(
                "SELECT PATIENT, CHANGED_AT FROM IP_INDICATOR_PENDING ORDER BY CHANGED_AT, PATIENT LIMIT ?",
                (rs, i) -> new Pending(rs.getString("PATIENT"), rs.getLong("CHANGED_AT")),
                limit);
    }

    public int pending() {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM IP_INDICATOR_PENDING", Integer.class);
        return count == null ? 0 : count;
    }

    /** Removes the mark, unless the person changed again after it was read. */
    public void done(Pending pending) {
        jdbc.update(
                "DELETE FROM IP_INDICATOR_PENDING WHERE PATIENT = ? AND CHANGED_AT = ?",
                pending.patient(),
                pending.changedAt());
    }

    public void remove(String patient) {
        jdbc.update("DELETE FROM IP_INDICATOR_PERSON WHERE PATIENT = ?", patient);
    }

    public void save(PersonFacts facts) {
        remove(facts.patient());
        saveAll(List.of(facts));
    }

    /** Inserts rows for persons who have none (a bulk load of the projection). */
    public void saveAll(List<PersonFacts> rows) {
        jdbc.batchUpdate(
                "INSERT INTO IP_INDICATOR_PERSON (" + COLUMNS
                        + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows,
                500,
                (statement, facts) -> {
                    statement.setString(1, facts.patient());
                    statement.setString(2, facts.kommunenummer());
                    statement.setString(3, facts.kommunenavn());
                    statement.setString(4, facts.helseforetak());
                    statement.setDate(5, sql(facts.birthDate()));
                    statement.setDate(6, sql(facts.needReported()));
                    statement.setString(7, facts.planStatus());
                    statement.setDate(8, sql(facts.planStart()));
                    statement.setDate(9, sql(facts.planEnd()));
                    statement.setInt(10, facts.goals());
                    statement.setInt(11, facts.goalsByPatient());
                    statement.setBoolean(12, facts.kommune());
                    statement.setBoolean(13, facts.specialist());
                    statement.setBoolean(14, facts.navSkolePpt());
                    statement.setBoolean(15, facts.relativesByConsent());
                    statement.setString(16, text(facts.koordinatorPeriods()));
                    List<LocalDate> evaluations = facts.evaluationDays();
                    statement.setString(
                            17,
                            evaluations
                                    .subList(Math.max(0, evaluations.size() - KEPT_DAYS), evaluations.size())
                                    .stream()
                                    .map(LocalDate::toString)
                                    .collect(Collectors.joining(",")));
                });
    }

    /** Every row, or those of one municipality. */
    public List<PersonFacts> persons(String kommunenummer) {
        if (kommunenummer == null) {
            return jdbc.query("SELECT " + COLUMNS + " FROM IP_INDICATOR_PERSON", PERSON);
        }
        return jdbc.query(
                "SELECT " + COLUMNS + " FROM IP_INDICATOR_PERSON WHERE KOMMUNENUMMER = ?", PERSON, kommunenummer);
    }

    private static Date sql(LocalDate day) {
        return day == null ? null : Date.valueOf(day);
    }

    private static LocalDate day(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    private static String text(List<Days> periods) {
        return periods.stream()
                .map(p -> p.first() + "/" + (p.last() == null ? "" : p.last()))
                .collect(Collectors.joining(","));
    }

    private static List<Days> periods(String text) {
        List<Days> periods = new ArrayList<>();
        for (String period : split(text)) {
            String[] ends = period.split("/", -1);
            periods.add(new Days(LocalDate.parse(ends[0]), ends[1].isEmpty() ? null : LocalDate.parse(ends[1])));
        }
        return List.copyOf(periods);
    }

    private static List<LocalDate> days(String text) {
        return split(text).stream().map(LocalDate::parse).toList();
    }

    private static List<String> split(String text) {
        return text == null || text.isEmpty() ? List.of() : Arrays.asList(text.split(","));
    }
}
