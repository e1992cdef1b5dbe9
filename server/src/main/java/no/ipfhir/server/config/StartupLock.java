package no.ipfhir.server.config;

import jakarta.annotation.PreDestroy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;

/**
 * One server at a time starts on a database: from before HAPI's migrations until the server is ready, a starting
 * server holds a PostgreSQL session advisory lock, so everything that start-up writes — the schema, HAPI's table
 * of resource types, the FHIR package, the server's search parameters — is written by one server, and a second
 * server started at the same moment waits, then finds it done. HAPI fills its resource-type table on start
 * without guarding against another server doing the same, and the loser of that race stopped with a duplicate
 * key. The lock goes with its connection: a server that fails to start, or dies, releases it. Elsewhere (H2, one
 * process) there is no lock.
 */
public final class StartupLock {

    private static final Logger log = LoggerFactory.getLogger(StartupLock.class);

    /** The advisory lock's key: "IPSTARTU" in ASCII, recognisable in {@code pg_locks}; not {@link SchemaLock}'s. */
    static final long KEY = 0x4950_5354_4152_5455L;

    private Connection connection;

    private StartupLock(Connection connection) {
        this.connection = connection;
    }

    /** Waits until no other server is starting on the database, and holds the lock until this one is ready. */
    public static StartupLock take(DataSource dataSource) {
        try {
            Connection connection = dataSource.getConnection();
            if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
                connection.close();
                return new StartupLock(null);
            }
            connection.setAutoCommit(true);
            if (!query(connection, "SELECT pg_try_advisory_lock(" + KEY + ")")) {
                log.info("Another server is starting on this database; waiting until it is ready");
                query(connection, "SELECT pg_advisory_lock(" + KEY + ") IS NOT NULL");
            }
            return new StartupLock(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not take the start-up lock on the database", e);
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    public void ready() {
        release();
    }

    @PreDestroy
    public synchronized void release() {
        if (connection == null) {
            return;
        }
        try (Connection held = connection) {
            query(held, "SELECT pg_advisory_unlock(" + KEY + ")");
        } catch (SQLException e) {
            // Closing the connection ends the session, which releases the lock as well.
            log.warn("Could not release the start-up lock explicitly: {}", e.getMessage());
        } finally {
            connection = null;
        }
    }

    private static boolean query(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getBoolean(1);
        }
    }
}
