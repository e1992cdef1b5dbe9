package no.ipfhir.server.config;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The Hibernate Search index behind {@code _content} and {@code _text} searches: a Lucene directory on
 * this node's disk (the embedded default), or an OpenSearch cluster shared by every node.
 *
 * @param backend where the index lives
 * @param indexDirectory the Lucene directory (backend {@code lucene})
 * @param opensearch the cluster (backend {@code opensearch})
 */
@Validated
@ConfigurationProperties("fhir.search")
public record SearchIndexProperties(
        @NotNull @DefaultValue("lucene") Backend backend,
        @NotBlank @DefaultValue("./data/lucene") String indexDirectory,
        @NotNull @DefaultValue OpenSearch opensearch) {

    /** Where the full-text index lives. */
    public enum Backend {
        /** A Lucene index in {@link #indexDirectory()}: one node only. */
        LUCENE,
        /** An OpenSearch (or Elasticsearch) cluster: one index that every node writes to and searches. */
        OPENSEARCH
    }

    /**
     * @param uris the cluster's addresses ({@code http://host:9200}); all with the same scheme
     * @param username basic-authentication user, if the cluster asks for one
     * @param password its password
     * @param indexPrefix put before every index name, so that several servers can share a cluster
     * @param version the cluster's distribution and version as Hibernate Search names them; set, the server
     *     does not ask the cluster at start
     */
    public record OpenSearch(
            @DefaultValue("") List<String> uris,
            @DefaultValue("") String username,
            @DefaultValue("") String password,
            @DefaultValue("ipfhir") String indexPrefix,
            @DefaultValue("opensearch:2.19") String version) {}
}
