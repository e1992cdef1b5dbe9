package no.ipfhir.server.config;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where resources are stored. The defaults give a file-based H2 database under {@code ./data/}
 * so that the server runs with no configuration at all; {@code FHIR_DB_URL} points it at PostgreSQL.
 * {@code connectionTimeout} bounds how long a request waits for a connection when the database is away
 * (it is then answered 503).
 */
@Validated
@ConfigurationProperties("fhir.db")
public record DatabaseProperties(
        @NotBlank @DefaultValue("jdbc:h2:file:./data/h2/fhir") String url,
        @DefaultValue("sa") String user,
        @DefaultValue("") String password,
        @Min(2) @DefaultValue("10") int maxPoolSize,
        @DefaultValue("5s") Duration connectionTimeout) {

    public DatabaseKind kind() {
        return DatabaseKind.fromJdbcUrl(url);
    }
}
