package no.ipfhir.server.audit;

import javax.sql.DataSource;
import no.ipfhir.server.config.DatabaseConfig.SchemaMigration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** The audit trail's queue, in the server's own database. */
@Configuration
public class AuditConfig {

    @Bean
    public AuditQueue auditQueue(DataSource dataSource, SchemaMigration hapiSchema) {
        return new AuditQueue(new JdbcTemplate(dataSource), hapiSchema);
    }
}
