package no.ipfhir.server.styringsdata;

import javax.sql.DataSource;
import no.ipfhir.server.config.DatabaseConfig.SchemaMigration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** The indicators' projection tables, made after HAPI's schema. */
@Configuration
public class StyringsdataConfig {

    @Bean
    public IndicatorStore indicatorStore(DataSource dataSource, SchemaMigration hapiSchema) {
        return new IndicatorStore(new JdbcTemplate(dataSource), hapiSchema);
    }
}
