package no.ipfhir.server.config;

import java.util.function.Consumer;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * One server at a time changes the schema, so that servers starting together on one empty database do not
 * race: HAPI's migrations and this project's own tables are made while holding a PostgreSQL session advisory
 * lock, and the second server waits, then finds the work done. PostgreSQL's {@code CREATE TABLE IF NOT EXISTS}
 * is not safe against a concurrent create of the same table (the loser fails on the catalogue's unique index),
 * which is what stopped one of two nodes started at once. Elsewhere (H2, one process) the work runs as it is.
 */
public final class SchemaLock {

    /** The advisory lock's key: "IPSCHEMA" in ASCII, so that it is recognisable in {@code pg_locks}. */
    static final long KEY = 0x4950_5343_4845_4D41L;

    private SchemaLock() {}

    /** Runs {@code work} with the lock held; the template it gets uses the connection that holds the lock. */
    public static void hold(JdbcTemplate jdbc, Consumer<JdbcTemplate> work) {
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            JdbcTemplate locked = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
            if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
                work.accept(locked);
                return null;
            }
            locked.queryForObject("SELECT pg_advisory_lock(?)::text", String.class, KEY);
            try {
                work.accept(locked);
            } finally {
                locked.queryForObject("SELECT pg_advisory_unlock(?)::text", String.class, KEY);
            }
            return null;
        });
    }
}
