package no.ipfhir.server.config;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.jpa.api.config.JpaStorageSettings;
import ca.uhn.fhir.jpa.config.util.HapiEntityManagerFactoryUtil;
import ca.uhn.fhir.jpa.search.HapiHSearchAnalysisConfigurers;
import jakarta.persistence.EntityManagerFactory;
import java.nio.file.Path;
import java.util.Properties;
import javax.sql.DataSource;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.search.backend.lucene.cfg.LuceneBackendSettings;
import org.hibernate.search.backend.lucene.cfg.LuceneIndexSettings;
import org.hibernate.search.engine.cfg.BackendSettings;
import org.hibernate.search.mapper.orm.cfg.HibernateOrmMapperSettings;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean;

/** Hibernate over HAPI's entities, with Hibernate Search indexing into a Lucene directory on disk. */
@Configuration
public class PersistenceConfig {

    @Bean
    public LocalContainerEntityManagerFactoryBean entityManagerFactory(
            ConfigurableListableBeanFactory beanFactory,
            FhirContext fhirContext,
            JpaStorageSettings storageSettings,
            DataSource dataSource,
            DatabaseProperties db,
            SearchIndexProperties searchIndex,
            DatabaseConfig.SchemaMigration schemaIsCurrent) {
        LocalContainerEntityManagerFactoryBean factory =
                HapiEntityManagerFactoryUtil.newEntityManagerFactory(beanFactory, fhirContext, storageSettings);
        factory.setPersistenceUnitName("ip-fhir");
        factory.setDataSource(dataSource);
        factory.setJpaProperties(hibernateProperties(db, searchIndex));
        return factory;
    }

    @Bean
    @Primary
    public JpaTransactionManager transactionManager(EntityManagerFactory entityManagerFactory) {
        return new JpaTransactionManager(entityManagerFactory);
    }

    private static Properties hibernateProperties(DatabaseProperties db, SearchIndexProperties searchIndex) {
        Properties properties = new Properties();
        properties.put(AvailableSettings.DIALECT, db.kind().dialectClassName());
        // The schema belongs to HAPI's migrations (DatabaseConfig), never to Hibernate.
        properties.put(AvailableSettings.HBM2DDL_AUTO, "none");
        properties.put(AvailableSettings.STATEMENT_BATCH_SIZE, "30");
        properties.put(AvailableSettings.ORDER_INSERTS, "true");
        properties.put(AvailableSettings.ORDER_UPDATES, "true");

        properties.put(HibernateOrmMapperSettings.ENABLED, "true");
        properties.put(BackendSettings.backendKey(BackendSettings.TYPE), "lucene");
        properties.put(
                BackendSettings.backendKey(LuceneBackendSettings.ANALYSIS_CONFIGURER),
                HapiHSearchAnalysisConfigurers.HapiLuceneAnalysisConfigurer.class.getName());
        properties.put(BackendSettings.backendKey(LuceneIndexSettings.DIRECTORY_TYPE), "local-filesystem");
        properties.put(
                BackendSettings.backendKey(LuceneIndexSettings.DIRECTORY_ROOT),
                Path.of(searchIndex.indexDirectory())
                        .toAbsolutePath()
                        .normalize()
                        .toString());
        properties.put(BackendSettings.backendKey(LuceneBackendSettings.LUCENE_VERSION), "LUCENE_CURRENT");
        return properties;
    }
}
