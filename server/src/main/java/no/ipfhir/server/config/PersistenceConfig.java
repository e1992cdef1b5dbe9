package no.ipfhir.server.config;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.jpa.api.config.JpaStorageSettings;
import ca.uhn.fhir.jpa.config.util.HapiEntityManagerFactoryUtil;
import ca.uhn.fhir.jpa.search.HapiHSearchAnalysisConfigurers;
import ca.uhn.fhir.jpa.search.elastic.ElasticsearchHibernatePropertiesBuilder;
import jakarta.persistence.EntityManagerFactory;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.search.backend.elasticsearch.cfg.ElasticsearchBackendSettings;
import org.hibernate.search.backend.elasticsearch.index.IndexStatus;
import org.hibernate.search.backend.lucene.cfg.LuceneBackendSettings;
import org.hibernate.search.backend.lucene.cfg.LuceneIndexSettings;
import org.hibernate.search.engine.cfg.BackendSettings;
import org.hibernate.search.mapper.orm.cfg.HibernateOrmMapperSettings;
import org.hibernate.search.mapper.orm.schema.management.SchemaManagementStrategyName;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean;

/**
 * Hibernate over HAPI's entities, with Hibernate Search indexing into a Lucene directory on disk or into
 * a shared OpenSearch cluster ({@link SearchIndexProperties}).
 */
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
        switch (searchIndex.backend()) {
            case LUCENE -> lucene(properties, searchIndex);
            case OPENSEARCH -> openSearch(properties, searchIndex.opensearch());
        }
        return properties;
    }

    private static void lucene(Properties properties, SearchIndexProperties searchIndex) {
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
    }

    /**
     * HAPI's own Elasticsearch settings (analysis, index prefix, schema management), pointed at the
     * cluster. Each node indexes its own writes into the shared index as they commit. Not through Hibernate
     * Search's outbox: HAPI's full-text fields (the resource's text and narrative) are transient, made by the
     * writing session, so an outbox processor that loads the resource again indexes it without them.
     */
    private static void openSearch(Properties properties, SearchIndexProperties.OpenSearch cluster) {
        if (cluster.uris().isEmpty()) {
            throw new IllegalStateException(
                    "fhir.search.backend=opensearch needs fhir.search.opensearch.uris (FHIR_SEARCH_OPENSEARCH_URIS)");
        }
        List<URI> uris = cluster.uris().stream().map(URI::create).toList();
        new ElasticsearchHibernatePropertiesBuilder()
                .setProtocol(uris.get(0).getScheme())
                .setHosts(uris.stream()
                        .map(uri -> uri.getHost() + ":" + uri.getPort())
                        .collect(Collectors.joining(",")))
                .setUsername(cluster.username())
                .setPassword(cluster.password())
                .setRequiredIndexStatus(IndexStatus.YELLOW)
                .setIndexSchemaManagementStrategy(SchemaManagementStrategyName.CREATE_OR_UPDATE)
                .apply(properties);
        if (!cluster.version().isBlank()) {
            properties.put(BackendSettings.backendKey(ElasticsearchBackendSettings.VERSION), cluster.version());
            properties.put(BackendSettings.backendKey(ElasticsearchBackendSettings.VERSION_CHECK_ENABLED), "false");
        }
    }
}
