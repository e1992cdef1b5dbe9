package no.ipfhir.server.config;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where resources are stored. The defaults give a file-based H2 database under {@code ./data/}
 * so that the server runs with no configuration at all; {@code FHIR_DB_URL} points it at PostgreSQL.
 */
@Validated
@ConfigurationProperties("fhir.db")
public record DatabaseProperties(
        @NotBlank @DefaultValue("jdbc:h2:file:./data/h2/fhir") String url,
        @DefaultValue("sa") String user,
        @DefaultValue("") String password,
        @Min(2) @DefaultValue("10") int maxPoolSize) {

    public DatabaseKind kind() {
        return DatabaseKind.fromJdbcUrl(url);
    }
}
