package no.ipfhir.server.exchange;

import ca.uhn.fhir.jpa.model.config.SubscriptionSettings;
import ca.uhn.fhir.jpa.subscription.match.config.SubscriptionProcessorConfig;
import ca.uhn.fhir.jpa.subscription.match.deliver.email.IEmailSender;
import ca.uhn.fhir.jpa.subscription.submit.config.SubscriptionSubmitterConfig;
import javax.sql.DataSource;
import no.ipfhir.server.config.DatabaseConfig.SchemaMigration;
import org.hl7.fhir.dstu2.model.Subscription.SubscriptionChannelType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rest-hook subscriptions, delivered from the database: every change is written to the notification outbox in
 * its own transaction ({@link ChangeRecorder}), matched and numbered per subscription, and delivered with retries
 * and backoff by {@link NotificationDispatcher}. HAPI's subscription machinery is kept for what it does well —
 * validating and activating Subscription resources and matching search criteria — but no longer delivers.
 * Only rest-hook subscriptions are supported (no e-mail, websocket or message channels).
 */
@Configuration
@Import({SubscriptionSubmitterConfig.class, SubscriptionProcessorConfig.class})
public class SubscriptionConfig {

    @Bean
    public SubscriptionSettings subscriptionSettings(SubscriptionProperties properties) {
        SubscriptionSettings settings = new SubscriptionSettings();
        settings.addSupportedSubscriptionType(SubscriptionChannelType.RESTHOOK);
        settings.setSubscriptionIntervalInMs(properties.submissionInterval().toMillis());
        return settings;
    }

    @Bean
    public EndpointAllowList endpointAllowList(SubscriptionProperties properties) {
        return new EndpointAllowList(properties.allowedEndpoints());
    }

    @Bean
    public NotificationOutbox notificationOutbox(DataSource dataSource, SchemaMigration hapiSchema) {
        return new NotificationOutbox(new JdbcTemplate(dataSource), hapiSchema);
    }

    /** HAPI's delivery wiring asks for one; e-mail subscriptions are refused at creation, so it is never used. */
    @Bean
    public IEmailSender emailSender() {
        return details -> {
            throw new UnsupportedOperationException("E-mail subscriptions are not supported by this server");
        };
    }
}
