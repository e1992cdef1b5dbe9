package no.ipfhir.server.plan;

import java.util.Collection;
import java.util.Optional;
import java.util.TreeSet;
import javax.sql.DataSource;
import no.ipfhir.server.config.DatabaseConfig.SchemaMigration;
import no.ipfhir.server.config.SchemaLock;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The precomputed "my plan" of each patient ({@code IP_PLAN_VIEW}): the patient's plans with their goals, teams
 * and measures, as they were when last read, kept beside a generation number. Every write of a resource about
 * the patient raises the generation and empties the view in the write's own transaction ({@link
 * PlanViewInvalidation}), so the view is never older than what is committed, on any node. A reader that builds
 * the view stores it only if the generation is still the one it saw before it started reading; a write that
 * commits in between makes that store change nothing. The view holds what the server stores, not what a caller
 * may see: the access rules run on every read of it.
 */
@Component
public class PlanView {

    /** Idempotent and the same on PostgreSQL and H2, so every start can run it. */
    private static final String SCHEMA = "CREATE TABLE IF NOT EXISTS IP_PLAN_VIEW ("
            + "PATIENT_ID VARCHAR(64) PRIMARY KEY, GENERATION BIGINT NOT NULL, VIEW_JSON VARCHAR(1000000), "
            + "BUILT_AT BIGINT)";

    /** The most a stored view may hold; a larger plan is built afresh on each read. */
    static final int MAX_LENGTH = 1_000_000;

    /** The generation of a patient's view and the view itself, when one is stored. */
    public record Row(long generation, Optional<String> json) {}

    private final JdbcTemplate jdbc;
    private final String invalidate;
    private final String start;

    /** The schema migration is a parameter so that the database is ready before this table is made. */
    public PlanView(DataSource dataSource, SchemaMigration hapiSchema) {
        this.jdbc = new JdbcTemplate(dataSource);
        SchemaLock.hold(jdbc, tables -> tables.execute(SCHEMA));
        boolean postgres = Boolean.TRUE.equals(jdbc.execute((ConnectionCallback<Boolean>)
                connection -> "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())));
        if (postgres) {
            invalidate = "INSERT INTO IP_PLAN_VIEW (PATIENT_ID, GENERATION) VALUES (?, 1) ON CONFLICT (PATIENT_ID) "
                    + "DO UPDATE SET GENERATION = IP_PLAN_VIEW.GENERATION + 1, VIEW_JSON = NULL, BUILT_AT = NULL";
            start =
                    "INSERT INTO IP_PLAN_VIEW (PATIENT_ID, GENERATION) VALUES (?, 0) ON CONFLICT (PATIENT_ID) DO NOTHING";
        } else {
            String source = "MERGE INTO IP_PLAN_VIEW V USING (VALUES (CAST(? AS VARCHAR(64)))) S(PATIENT_ID) "
                    + "ON V.PATIENT_ID = S.PATIENT_ID ";
            invalidate = source
                    + "WHEN MATCHED THEN UPDATE SET GENERATION = V.GENERATION + 1, VIEW_JSON = NULL, BUILT_AT = NULL "
                    + "WHEN NOT MATCHED THEN INSERT (PATIENT_ID, GENERATION) VALUES (S.PATIENT_ID, 1)";
            start = source + "WHEN NOT MATCHED THEN INSERT (PATIENT_ID, GENERATION) VALUES (S.PATIENT_ID, 0)";
        }
    }

    /**
     * Empties the views of these patients and raises their generations. Joins the caller's transaction, so it
     * takes effect exactly when the write commits; the patients are taken in a fixed order, so that two writes
     * about the same patients never wait on each other in a circle.
     */
    public void invalidate(Collection<String> patientIds) {
        jdbc.batchUpdate(
                invalidate,
                new TreeSet<>(patientIds).stream().map(id -> new Object[] {id}).toList());
    }

    /** The patient's row, made (with generation 0 and no view) if there is none yet. */
    public Row row(String patientId) {
        Optional<Row> row = find(patientId);
        if (row.isPresent()) {
            return row.get();
        }
        // Waits for a write that is inserting the row right now, then finds that write's generation.
        jdbc.update(start, patientId);
        return find(patientId).orElseThrow();
    }

    /** Stores a view built from what was read after {@code generation} was seen; false if a write came between. */
    public boolean store(String patientId, long generation, String json, long now) {
        if (json.length() > MAX_LENGTH) {
            return false;
        }
        return jdbc.update(
                        "UPDATE IP_PLAN_VIEW SET VIEW_JSON = ?, BUILT_AT = ? WHERE PATIENT_ID = ? AND GENERATION = ?",
                        json,
                        now,
                        patientId,
                        generation)
                == 1;
    }

    /** The patient's row, if there is one. */
    public Optional<Row> find(String patientId) {
        return jdbc
                .query(
                        "SELECT GENERATION, VIEW_JSON FROM IP_PLAN_VIEW WHERE PATIENT_ID = ?",
                        (rs, i) -> new Row(rs.getLong(1), Optional.ofNullable(rs.getString(2))),
                        patientId)
                .stream()
                .findFirst();
    }
}
