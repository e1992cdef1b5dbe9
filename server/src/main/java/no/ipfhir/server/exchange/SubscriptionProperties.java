package no.ipfhir.server.exchange;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Notifications to the EHRs that take part in a plan (FHIR rest-hook subscriptions, criteria- and topic-based).
 *
 * @param allowedEndpoints where notifications may be sent: {@code scheme://host} (the scheme's default port) or
 *     {@code scheme://host:port} or {@code scheme://host:*} (any port), the host may start with {@code *.} for any subdomain; empty means that no subscription can be created
 * @param submissionInterval how often the outbox is worked through: recorded changes matched, due events delivered
 * @param retryInitialBackoff the wait before the first new attempt at a delivery that failed
 * @param retryMaxBackoff the longest wait between attempts (the wait doubles up to this)
 * @param retryGiveUpAfter how long after the change a notification that could not be delivered is still tried
 * @param eventRetention how long events stay in the database for {@code $events}, delivered or not
 */
@Validated
@ConfigurationProperties("fhir.subscription")
public record SubscriptionProperties(
        @NotNull @DefaultValue("") List<String> allowedEndpoints,
        @NotNull @DefaultValue("500ms") Duration submissionInterval,
        @NotNull @DefaultValue("1s") Duration retryInitialBackoff,
        @NotNull @DefaultValue("1m") Duration retryMaxBackoff,
        @NotNull @DefaultValue("24h") Duration retryGiveUpAfter,
        @NotNull @DefaultValue("7d") Duration eventRetention) {}
