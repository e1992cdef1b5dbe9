package no.ipfhir.server.config;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/** The Hibernate Search (Lucene) index behind {@code _content} and {@code _text} searches. */
@Validated
@ConfigurationProperties("fhir.search")
public record SearchIndexProperties(@NotBlank @DefaultValue("./data/lucene") String indexDirectory) {}
