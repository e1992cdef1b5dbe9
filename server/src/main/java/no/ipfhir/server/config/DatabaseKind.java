package no.ipfhir.server.config;

import ca.uhn.fhir.jpa.migrate.DriverTypeEnum;
import ca.uhn.fhir.jpa.model.dialect.HapiFhirH2Dialect;
import ca.uhn.fhir.jpa.model.dialect.HapiFhirPostgresDialect;
import java.util.Arrays;

/** The databases the server supports, each with the HAPI dialect and migration driver it needs. */
public enum DatabaseKind {
    H2("jdbc:h2:", HapiFhirH2Dialect.class, DriverTypeEnum.H2_EMBEDDED),
    POSTGRESQL("jdbc:postgresql:", HapiFhirPostgresDialect.class, DriverTypeEnum.POSTGRES_9_4);

    private final String urlPrefix;
    private final Class<?> dialect;
    private final DriverTypeEnum migrationDriver;

    DatabaseKind(String urlPrefix, Class<?> dialect, DriverTypeEnum migrationDriver) {
        this.urlPrefix = urlPrefix;
        this.dialect = dialect;
        this.migrationDriver = migrationDriver;
    }

    public static DatabaseKind fromJdbcUrl(String url) {
        return Arrays.stream(values())
                .filter(kind -> url.startsWith(kind.urlPrefix))
                .findFirst()
                .orElseThrow(
                        () -> new IllegalArgumentException(
                                "FHIR_DB_URL '" + url
                                        + "' is not supported: use a jdbc:postgresql: URL, or leave it unset for the embedded H2 database"));
    }

    public String dialectClassName() {
        return dialect.getName();
    }

    public DriverTypeEnum migrationDriver() {
        return migrationDriver;
    }
}
