package no.ipfhir.server.exchange;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.rest.api.Constants;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import no.ipfhir.server.config.FhirServerProperties;
import no.ipfhir.server.exchange.NotificationBundles.Type;
import no.ipfhir.server.exchange.NotificationOutbox.Event;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.IdType;
import org.springframework.stereotype.Component;

/**
 * Sends one event to a subscription's rest-hook endpoint: by default the id-only notification Bundle
 * ({@link NotificationBundles}) as a {@code POST}; for a criteria subscription with {@code channel.payload}, the
 * whole resource as a {@code PUT} to {@code {endpoint}/{type}/{id}} (a {@code DELETE} there for a deletion), as
 * HAPI's classic delivery does. {@code channel.header} values go with every request; redirects are not followed.
 */
@Component
public class NotificationSender {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final FhirContext fhirContext;
    private final FhirServerProperties server;
    private final DaoRegistry daos;
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    public NotificationSender(FhirContext fhirContext, FhirServerProperties server, DaoRegistry daos) {
        this.fhirContext = fhirContext;
        this.server = server;
        this.daos = daos;
    }

    /** Whether the endpoint took the event (2xx); a receiver that cannot be reached did not. */
    public boolean send(Subscriber subscriber, Event event, long eventsSinceStart) {
        String endpoint = subscriber.canonical().getEndpointUrl();
        HttpRequest.Builder request;
        if (subscriber.wantsWholeResource()) {
            URI target =
                    URI.create(endpoint.replaceAll("/+$", "") + "/" + event.resourceType() + "/" + event.resourceId());
            request = HttpRequest.newBuilder(target);
            if ("DELETE".equals(event.operation())) {
                request.DELETE();
            } else {
                IBaseResource resource = daos.getResourceDao(event.resourceType())
                        .read(
                                new IdType(event.resourceType(), event.resourceId(), Long.toString(event.version())),
                                new SystemRequestDetails());
                request.header(Constants.HEADER_CONTENT_TYPE, Constants.CT_FHIR_JSON_NEW)
                        .PUT(HttpRequest.BodyPublishers.ofString(
                                fhirContext.newJsonParser().encodeResourceToString(resource)));
            }
        } else {
            var notification = NotificationBundles.notification(
                    subscriber.id(),
                    subscriber.topic(),
                    "active",
                    Type.EVENT_NOTIFICATION,
                    eventsSinceStart,
                    List.of(event),
                    subscriber.content(),
                    server.publicBaseUrl());
            // The focus names the version that changed; the parser would otherwise drop it from the reference.
            String body = fhirContext
                    .newJsonParser()
                    .setStripVersionsFromReferences(false)
                    .encodeResourceToString(notification);
            request = HttpRequest.newBuilder(URI.create(endpoint))
                    .header(Constants.HEADER_CONTENT_TYPE, Constants.CT_FHIR_JSON_NEW)
                    .POST(HttpRequest.BodyPublishers.ofString(body));
        }
        request.timeout(TIMEOUT);
        for (String header : subscriber.canonical().getHeaders()) {
            int colon = header.indexOf(':');
            if (colon > 0) {
                request.header(
                        header.substring(0, colon).trim(),
                        header.substring(colon + 1).trim());
            }
        }
        try {
            int status = http.send(request.build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
            return status >= 200 && status <= 299;
        } catch (IOException unreachable) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
