package no.ipfhir.server.config;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The FHIR REST endpoint.
 *
 * @param publicBaseUrl the base URL clients see (behind a proxy); when empty it is taken from each request
 * @param defaultPageSize entries per search page when the client sends no {@code _count}
 * @param maxPageSize the largest {@code _count} honoured
 * @param maxBundleEntries the most entries a transaction or batch Bundle may have
 * @param maxRequestBodySize the largest request body read; a larger one is refused with 413
 */
@Validated
@ConfigurationProperties("fhir.server")
public record FhirServerProperties(
        @DefaultValue("") String publicBaseUrl,
        @Min(1) @DefaultValue("20") int defaultPageSize,
        @Min(1) @Max(1000) @DefaultValue("200") int maxPageSize,
        @Min(1) @DefaultValue("1000") int maxBundleEntries,
        @DefaultValue("10MB") DataSize maxRequestBodySize) {}
