package no.ipfhir.server.config;

import ca.uhn.fhir.jpa.migrate.HapiMigrator;
import ca.uhn.fhir.jpa.migrate.MigrationResult;
import ca.uhn.fhir.jpa.migrate.SchemaMigrator;
import ca.uhn.fhir.jpa.migrate.tasks.HapiFhirJpaMigrationTasks;
import ca.uhn.fhir.util.VersionEnum;
import com.zaxxer.hikari.HikariDataSource;
import java.util.Set;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The connection pool and the database schema. The schema is created and upgraded by HAPI's own
 * versioned migrations (the same ones its {@code migrate-database} command runs), recorded in
 * {@value SchemaMigrator#HAPI_FHIR_MIGRATION_TABLENAME}; an empty database gets the current schema
 * in one step, an older one the missing steps, an up-to-date one nothing.
 */
@Configuration
public class DatabaseConfig {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfig.class);

    @Bean
    public DataSource dataSource(DatabaseProperties db) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setPoolName("fhir-db");
        dataSource.setJdbcUrl(db.url());
        dataSource.setUsername(db.user());
        dataSource.setPassword(db.password());
        dataSource.setMaximumPoolSize(db.maxPoolSize());
        dataSource.setConnectionTimeout(db.connectionTimeout().toMillis());
        return dataSource;
    }

    /** Held from before the migrations until the server is ready: one server at a time starts on a database. */
    @Bean
    public StartupLock startupLock(DataSource dataSource) {
        return StartupLock.take(dataSource);
    }

    /** Runs before the entity manager is built, so Hibernate always meets the schema it expects. */
    @Bean
    public SchemaMigration schemaMigration(DataSource dataSource, DatabaseProperties db, StartupLock startup) {
        HapiMigrator migrator = new HapiMigrator(
                SchemaMigrator.HAPI_FHIR_MIGRATION_TABLENAME,
                dataSource,
                db.kind().migrationDriver());
        migrator.addTasks(new HapiFhirJpaMigrationTasks(Set.of()).getAllTasks(VersionEnum.values()));
        MigrationResult[] result = new MigrationResult[1];
        // HAPI's own lock is a row in its migration table, which the first of two starting servers may not yet have
        // made.
        SchemaLock.hold(new JdbcTemplate(dataSource), locked -> {
            migrator.createMigrationTableIfRequired();
            result[0] = migrator.migrate();
        });
        log.info("Database schema is current ({} on {})", result[0].summary(), db.kind());
        return new SchemaMigration(result[0].succeededTasks.size());
    }

    /** Marker that the schema has been brought up to date; beans that need the schema depend on it. */
    public record SchemaMigration(int tasksApplied) {}
}
