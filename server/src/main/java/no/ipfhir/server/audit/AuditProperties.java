package no.ipfhir.server.audit;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The audit trail.
 *
 * @param storeInterval how often the queued AuditEvents are stored as AuditEvent resources, where
 *     {@code AuditEvent?patient=…} finds them; an event is found at most about this long after its request
 *     answered (longer only while a backlog is worked off, in batches)
 */
@Validated
@ConfigurationProperties("fhir.audit")
public record AuditProperties(@NotNull @DefaultValue("500ms") Duration storeInterval) {}
