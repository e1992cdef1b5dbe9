package no.ipfhir.server.exchange;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.jpa.subscription.model.CanonicalSubscription;
import ca.uhn.fhir.jpa.subscription.model.ResourceDeliveryMessage;
import ca.uhn.fhir.jpa.subscription.model.ResourceModifiedMessage;
import ca.uhn.fhir.rest.api.Constants;
import ca.uhn.fhir.rest.server.messaging.BaseResourceMessage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Date;
import java.util.Locale;
import java.util.UUID;
import no.ipfhir.server.config.FhirServerProperties;
import no.ipfhir.server.config.StorageInterceptor;
import org.hl7.fhir.instance.model.api.IIdType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;
import org.springframework.stereotype.Component;

/**
 * Delivers a rest-hook notification that names the changed resource but does not carry it, so that each
 * receiver fetches it with its own authorisation. This is what a subscription gets unless it asks for the
 * whole resource with {@code channel.payload} (a MIME type), which HAPI then delivers as a PUT.
 *
 * <p>The notification is POSTed to the endpoint as a {@code history} Bundle shaped like the R4 Subscriptions
 * Backport's id-only notification: a {@code Parameters} status entry whose {@code notification-event.focus}
 * is the changed resource with its version, and an entry per change with {@code request} but no resource. A
 * receiver that answers other than 2xx, or cannot be reached, gets it again later (see SubscriptionConfig).
 */
@Interceptor
@Component
public class IdOnlyNotificationSender implements StorageInterceptor {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);
	private static final String VERSION_ATTRIBUTE = "ipfhir-changed-version";

	private final FhirContext fhirContext;
	private final FhirServerProperties server;
	private final HttpClient http = HttpClient.newBuilder()
			.connectTimeout(TIMEOUT)
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();

	public IdOnlyNotificationSender(FhirContext fhirContext, FhirServerProperties server) {
		this.fhirContext = fhirContext;
		this.server = server;
	}

	@Hook(value = Pointcut.SUBSCRIPTION_BEFORE_REST_HOOK_DELIVERY, order = 100)
	public boolean sendIdOnly(CanonicalSubscription subscription, ResourceDeliveryMessage message) {
		if (subscription.getPayloadString() != null && !subscription.getPayloadString().isBlank()) {
			return true;
		}
		// The focus names the version that changed; the parser would otherwise drop it from the reference.
		String body = fhirContext.newJsonParser()
				.setStripVersionsFromReferences(false)
				.encodeResourceToString(notification(subscription, message));
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(subscription.getEndpointUrl()))
				.timeout(TIMEOUT)
				.header(Constants.HEADER_CONTENT_TYPE, Constants.CT_FHIR_JSON_NEW)
				.POST(HttpRequest.BodyPublishers.ofString(body));
		for (String header : subscription.getHeaders()) {
			int colon = header.indexOf(':');
			if (colon > 0) {
				request.header(header.substring(0, colon).trim(), header.substring(colon + 1).trim());
			}
		}
		int status = send(request.build(), subscription);
		if (status < 200 || status > 299) {
			throw new NotificationNotDelivered(subscription.getEndpointUrl() + " answered HTTP " + status);
		}
		return false;
	}

	private Bundle notification(CanonicalSubscription subscription, ResourceDeliveryMessage message) {
		IIdType changed = changedVersion(message);
		String subscriptionId = "Subscription/" + subscription.getIdPart();

		Parameters status = new Parameters();
		status.addParameter().setName("subscription").setValue(new Reference(subscriptionId));
		status.addParameter().setName("status").setValue(new CodeType("active"));
		status.addParameter().setName("type").setValue(new CodeType("event-notification"));
		Parameters.ParametersParameterComponent event = status.addParameter().setName("notification-event");
		event.addPart().setName("timestamp").setValue(new InstantType(new Date()));
		event.addPart().setName("focus").setValue(new Reference(changed.getValue()));
		event.addPart().setName("operation").setValue(new StringType(message.getOperationType().name().toLowerCase(Locale.ROOT)));

		Bundle bundle = new Bundle().setType(Bundle.BundleType.HISTORY).setTimestamp(new Date());
		bundle.addEntry().setFullUrl("urn:uuid:" + UUID.randomUUID()).setResource(status);
		Bundle.BundleEntryComponent entry = bundle.addEntry();
		if (!server.publicBaseUrl().isBlank()) {
			entry.setFullUrl(server.publicBaseUrl().replaceAll("/+$", "") + "/" + changed.toVersionless().getValue());
		}
		entry.getRequest()
				.setMethod(switch (message.getOperationType()) {
					case CREATE -> Bundle.HTTPVerb.POST;
					case DELETE -> Bundle.HTTPVerb.DELETE;
					default -> Bundle.HTTPVerb.PUT;
				})
				.setUrl(changed.toVersionless().getValue());
		entry.getResponse()
				.setStatus(message.getOperationType() == BaseResourceMessage.OperationTypeEnum.CREATE ? "201" : "200");
		if (changed.hasVersionIdPart()) {
			entry.getResponse().setEtag("W/\"" + changed.getVersionIdPart() + "\"");
		}
		return bundle;
	}

	/** The changed resource with the version that was written, as noted by {@link #noteVersion}. */
	private IIdType changedVersion(ResourceDeliveryMessage message) {
		IIdType id = message.getPayloadId(fhirContext).toUnqualifiedVersionless();
		return message.getAttribute(VERSION_ATTRIBUTE).map(id::withVersion).orElse(id);
	}

	/**
	 * The delivery message names the resource without its version; the message about the change has it, and
	 * HAPI copies its attributes to every delivery made for it.
	 */
	@Hook(Pointcut.SUBSCRIPTION_BEFORE_PERSISTED_RESOURCE_CHECKED)
	public void noteVersion(ResourceModifiedMessage change) {
		if (change.getPayloadVersion() != null) {
			change.setAttribute(VERSION_ATTRIBUTE, change.getPayloadVersion());
		}
	}

	private int send(HttpRequest request, CanonicalSubscription subscription) {
		try {
			return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
		} catch (IOException e) {
			throw new NotificationNotDelivered("Cannot reach " + subscription.getEndpointUrl() + ": " + e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new NotificationNotDelivered("Interrupted while notifying " + subscription.getEndpointUrl());
		}
	}

	/** A delivery that failed and is to be tried again. */
	static class NotificationNotDelivered extends RuntimeException {
		NotificationNotDelivered(String message) {
			super(message);
		}
	}
}
