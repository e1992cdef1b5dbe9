package no.ipfhir.server.styringsdata;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The styringsdata (indicators on individual plans).
 *
 * @param refreshInterval how often the projection the indicators are computed from is brought up to date with
 *     the persons whose plan data changed; an evaluation also does so first
 */
@Validated
@ConfigurationProperties("fhir.styringsdata")
public record StyringsdataProperties(@NotNull @DefaultValue("2s") Duration refreshInterval) {}
