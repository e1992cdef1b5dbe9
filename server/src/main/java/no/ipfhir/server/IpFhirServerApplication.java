package no.ipfhir.server;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.elasticsearch.ElasticsearchClientAutoConfiguration;
import org.springframework.boot.autoconfigure.elasticsearch.ElasticsearchRestClientAutoConfiguration;
import org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration;
import org.springframework.boot.autoconfigure.orm.jpa.HibernateJpaAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The individual-plan FHIR server. HAPI's JPA layer brings its own entity manager and repositories,
 * so Spring Boot's Hibernate auto-configuration stays out of the way. HAPI's dependencies also put
 * Flyway (the schema is HAPI's own migrations, see DatabaseConfig) and an Elasticsearch client (only for
 * a scaled-out index) on the classpath; neither may configure itself. Callers are authenticated by
 * bearer tokens only (see security/), so Spring Boot's default in-memory user is not made either.
 */
@SpringBootApplication(
        exclude = {
            UserDetailsServiceAutoConfiguration.class,
            HibernateJpaAutoConfiguration.class,
            ElasticsearchRestClientAutoConfiguration.class,
            ElasticsearchClientAutoConfiguration.class,
            FlywayAutoConfiguration.class
        })
@ConfigurationPropertiesScan
public class IpFhirServerApplication {

    public static void main(String[] args) {
        SpringApplication.run(IpFhirServerApplication.class, args);
    }
}
