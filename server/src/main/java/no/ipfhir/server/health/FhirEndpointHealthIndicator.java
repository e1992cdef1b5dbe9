package no.ipfhir.server.health;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import no.ipfhir.server.config.FhirServerConfig;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Up only when the FHIR endpoint itself answers {@code GET /fhir/metadata} over HTTP, so that a load
 * balancer sends no traffic to an instance whose Spring context is up but whose FHIR server is not.
 * Part of the readiness group (see application.yaml).
 */
@Component("fhirEndpoint")
public class FhirEndpointHealthIndicator extends AbstractHealthIndicator {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final WebServerApplicationContext context;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    public FhirEndpointHealthIndicator(WebServerApplicationContext context) {
        super("The FHIR endpoint did not answer");
        this.context = context;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) throws Exception {
        URI metadata = URI.create("http://127.0.0.1:" + context.getWebServer().getPort() + FhirServerConfig.FHIR_PATH
                + "/metadata?_summary=true");
        HttpRequest request = HttpRequest.newBuilder(metadata)
                .timeout(TIMEOUT)
                .header("Accept", "application/fhir+json")
                .build();
        int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        builder.status(
                        status == 200
                                ? org.springframework.boot.actuate.health.Status.UP
                                : org.springframework.boot.actuate.health.Status.DOWN)
                .withDetail("metadataStatus", status);
    }
}
