package no.ipfhir.server.exchange;

import ca.uhn.fhir.jpa.model.config.SubscriptionSettings;
import ca.uhn.fhir.jpa.subscription.channel.impl.RetryPolicyProvider;
import ca.uhn.fhir.jpa.subscription.match.config.SubscriptionProcessorConfig;
import ca.uhn.fhir.jpa.subscription.match.deliver.email.IEmailSender;
import ca.uhn.fhir.jpa.subscription.submit.config.SubscriptionSubmitterConfig;
import org.hl7.fhir.dstu2.model.Subscription.SubscriptionChannelType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.retry.RetryPolicy;
import org.springframework.retry.backoff.BackOffPolicy;
import org.springframework.retry.backoff.ExponentialBackOffPolicy;
import org.springframework.retry.policy.TimeoutRetryPolicy;

/**
 * HAPI's subscription machinery, in this process: every committed change is recorded in the database
 * ({@code HFJ_RESOURCE_MODIFIED}), handed to the matcher every {@code submission-interval}, matched against the
 * active subscriptions' criteria and delivered to rest-hook endpoints, with retries and backoff. Only rest-hook
 * subscriptions are supported (no e-mail, websocket or message channels).
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

	/**
	 * Replaces HAPI's policy (retry for one minute, 1 s apart): a municipal EHR that is down for maintenance
	 * should still get its notifications, without being hammered while it comes back. This policy applies to
	 * every in-process channel, deliveries being the ones that fail in practice.
	 */
	@Bean
	@Primary
	public RetryPolicyProvider deliveryRetryPolicy(SubscriptionProperties properties) {
		return new RetryPolicyProvider() {
			@Override
			protected RetryPolicy retryPolicy() {
				TimeoutRetryPolicy policy = new TimeoutRetryPolicy();
				policy.setTimeout(properties.retryGiveUpAfter().toMillis());
				return policy;
			}

			@Override
			protected BackOffPolicy backOffPolicy() {
				ExponentialBackOffPolicy backOff = new ExponentialBackOffPolicy();
				backOff.setInitialInterval(properties.retryInitialBackoff().toMillis());
				backOff.setMultiplier(2.0);
				backOff.setMaxInterval(properties.retryMaxBackoff().toMillis());
				return backOff;
			}
		};
	}

	/** HAPI's delivery wiring asks for one; e-mail subscriptions are refused at creation, so it is never used. */
	@Bean
	public IEmailSender emailSender() {
		return details -> {
			throw new UnsupportedOperationException("E-mail subscriptions are not supported by this server");
		};
	}
}
