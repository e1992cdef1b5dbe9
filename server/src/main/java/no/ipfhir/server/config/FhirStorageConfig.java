package no.ipfhir.server.config;

import ca.uhn.fhir.batch2.jobs.config.Batch2JobsConfig;
import ca.uhn.fhir.jpa.api.config.JpaStorageSettings;
import ca.uhn.fhir.jpa.api.config.ThreadPoolFactoryConfig;
import ca.uhn.fhir.jpa.batch2.JpaBatch2Config;
import ca.uhn.fhir.jpa.binary.api.IBinaryStorageSvc;
import ca.uhn.fhir.jpa.binstore.DatabaseBinaryContentStorageSvcImpl;
import ca.uhn.fhir.jpa.config.HapiJpaConfig;
import ca.uhn.fhir.jpa.config.r4.JpaR4Config;
import ca.uhn.fhir.jpa.model.config.PartitionSettings;
import ca.uhn.fhir.jpa.model.entity.StorageSettings;
import ca.uhn.fhir.jpa.subscription.channel.config.SubscriptionChannelConfig;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * HAPI's JPA storage for FHIR R4: the resource DAOs and providers, search, terminology and the
 * batch framework they rely on. Nothing else of HAPI (no MDM, CDS hooks or clinical reasoning).
 */
@Configuration
@Import({
    JpaR4Config.class,
    HapiJpaConfig.class,
    JpaBatch2Config.class,
    Batch2JobsConfig.class,
    ThreadPoolFactoryConfig.class,
    // In-process message channels; the batch framework (reindexing, terminology) runs on them.
    SubscriptionChannelConfig.class
})
public class FhirStorageConfig {

    @Bean
    public JpaStorageSettings storageSettings(SearchIndexProperties searchIndex) {
        JpaStorageSettings settings = new JpaStorageSettings();
        // Transactions from EHRs refer to resources they create with conditional references.
        settings.setAllowInlineMatchUrlReferences(true);
        // _content and _text: full-text search over the Lucene or OpenSearch index (see PersistenceConfig).
        settings.setHibernateSearchIndexFullText(true);
        // Plans change often and are read right after they change: never answer from a stale search.
        settings.setReuseCachedSearchResultsForMillis(null);
        settings.setExpungeEnabled(false);
        // Profiles and tags live in the resource itself. HAPI's shared tag table, in its default mode,
        // fails concurrent transactions that claim the same profile ("collection with two open
        // sessions"), which every IP resource does.
        settings.setTagStorageMode(StorageSettings.TagStorageModeEnum.INLINE);
        settings.setAllowMultipleDelete(false);
        if (searchIndex.backend() == SearchIndexProperties.Backend.OPENSEARCH) {
            // Read by HAPI's index layout strategy, which names the OpenSearch indexes.
            settings.setHSearchIndexPrefix(searchIndex.opensearch().indexPrefix());
        }
        return settings;
    }

    @Bean
    public PartitionSettings partitionSettings() {
        return new PartitionSettings();
    }

    @Bean
    public IBinaryStorageSvc binaryStorage() {
        return new DatabaseBinaryContentStorageSvcImpl();
    }
}
