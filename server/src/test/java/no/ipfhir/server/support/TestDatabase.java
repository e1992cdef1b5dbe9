package no.ipfhir.server.support;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The PostgreSQL the integration suite runs against, chosen once per JVM:
 * <ol>
 *   <li>the database named by {@code FHIR_TEST_DB_URL} (with {@code FHIR_TEST_DB_USER} and
 *       {@code FHIR_TEST_DB_PASSWORD}); it is created if the server has no database of that name;</li>
 *   <li>otherwise a throw-away PostgreSQL container, where a Docker engine is available.</li>
 * </ol>
 * With neither, the suite fails and says what to provide: it never skips silently.
 */
public record TestDatabase(String url, String user, String password) {

    public static final String URL_VARIABLE = "FHIR_TEST_DB_URL";
    public static final String USER_VARIABLE = "FHIR_TEST_DB_USER";
    public static final String PASSWORD_VARIABLE = "FHIR_TEST_DB_PASSWORD";

    private static TestDatabase instance;

    public static synchronized TestDatabase get() {
        if (instance == null) {
            instance = locate();
        }
        return instance;
    }

    private static TestDatabase locate() {
        String url = System.getenv(URL_VARIABLE);
        if (url != null && !url.isBlank()) {
            TestDatabase named = new TestDatabase(
                    url,
                    orDefault(System.getenv(USER_VARIABLE), "postgres"),
                    orDefault(System.getenv(PASSWORD_VARIABLE), ""));
            named.createIfMissing();
            return named;
        }
        if (dockerAvailable()) {
            PostgreSQLContainer container = new PostgreSQLContainer("postgres:16-alpine");
            container.start();
            return new TestDatabase(container.getJdbcUrl(), container.getUsername(), container.getPassword());
        }
        throw new IllegalStateException("The integration tests need a PostgreSQL database and found none. Either set "
                + URL_VARIABLE + " (e.g. jdbc:postgresql://127.0.0.1:5432/ipfhir_test) with " + USER_VARIABLE
                + " and " + PASSWORD_VARIABLE + " to a PostgreSQL server where that user may create databases, or run "
                + "the tests where a Docker engine is available (Testcontainers then starts PostgreSQL itself).");
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    private void createIfMissing() {
        if (!url.startsWith("jdbc:postgresql:")) {
            throw new IllegalStateException(URL_VARIABLE + " must be a jdbc:postgresql: URL, was " + url);
        }
        URI uri = URI.create(url.substring("jdbc:".length()));
        String database = uri.getPath().substring(1);
        String serverUrl = "jdbc:postgresql://" + uri.getAuthority() + "/postgres";
        try (Connection connection = DriverManager.getConnection(serverUrl, user, password);
                var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, database);
            if (!exists.executeQuery().next()) {
                try (var create = connection.createStatement()) {
                    create.execute("create database \"" + database.replace("\"", "") + "\"");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "Cannot reach the PostgreSQL server of " + URL_VARIABLE + "=" + url + " as user '" + user + "': "
                            + e.getMessage(),
                    e);
        }
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
