package no.ipfhir.server.support;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.client.api.ServerValidationModeEnum;
import ca.uhn.fhir.rest.client.interceptor.BearerTokenAuthInterceptor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import no.ipfhir.server.IpFhirServerApplication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the integration suite: the whole server on a random port over the suite's PostgreSQL
 * ({@link TestDatabase}), with security on: tokens come from the suite's {@link TestIssuer}. Every
 * subclass shares this one Spring context, so it starts once per run.
 */
@AutoConfigureObservability
@SpringBootTest(classes = IpFhirServerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class FhirIntegrationTest {

    private static final Path INDEX_DIRECTORY = temporaryIndexDirectory();

    /** The one back end the suite lets run administrative operations (FHIR_SECURITY_ADMIN_CLIENTS). */
    protected static final String ADMIN_CLIENT = "test-admin";

    /**
     * The back ends the suite trusts with system/ scopes and no organisation (FHIR_SECURITY_SYSTEM_CLIENTS): the
     * suite's general back end, the issuer's default client id, a registry load and a reporting back end.
     */
    public static final String SYSTEM_CLIENTS = "test-backend,test-client,kommune-integrasjon,rapport-backend";

    @LocalServerPort
    protected int port;

    @Autowired
    protected FhirContext fhirContext;

    protected final HttpClient http = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase database = TestDatabase.get();
        registry.add("fhir.db.url", database::url);
        registry.add("fhir.db.user", database::user);
        registry.add("fhir.db.password", database::password);
        registry.add("fhir.search.index-directory", INDEX_DIRECTORY::toString);
        // The simulated EHRs that receive notifications listen on this machine.
        registry.add("fhir.subscription.allowed-endpoints", () -> "http://localhost:*,http://127.0.0.1:*");
        registry.add("fhir.subscription.retry-initial-backoff", () -> "200ms");
        registry.add("fhir.subscription.retry-max-backoff", () -> "1s");
        TestIssuer issuer = TestIssuer.get();
        registry.add("fhir.security.issuer-uri", issuer::issuer);
        registry.add("fhir.security.jwk-set-uri", issuer::jwkSetUri);
        registry.add("fhir.security.audience", () -> TestIssuer.AUDIENCE);
        registry.add("fhir.security.token-uri", () -> issuer.issuer() + "/token");
        registry.add("fhir.security.authorization-uri", () -> issuer.issuer() + "/authorize");
        registry.add("fhir.security.admin-clients", () -> ADMIN_CLIENT);
        registry.add("fhir.security.system-clients", () -> SYSTEM_CLIENTS);
    }

    /**
     * The server under test: this JVM's own, or, with {@code -Dit.target=<FHIR base URL>}, servers started
     * outside it that trust this suite's issuer (docker/two-nodes.sh runs tests through a proxy that way).
     */
    protected String baseUrl() {
        String target = System.getProperty("it.target", "");
        return target.isBlank() ? "http://localhost:" + port + "/fhir" : target;
    }

    /** A client with a full-access back-end token ({@code system/*.cruds}) from the test issuer. */
    protected IGenericClient client() {
        return clientWith(TestIssuer.get().systemToken());
    }

    protected IGenericClient clientWith(String bearerToken) {
        fhirContext.getRestfulClientFactory().setServerValidationMode(ServerValidationModeEnum.NEVER);
        fhirContext.getRestfulClientFactory().setSocketTimeout(120_000);
        IGenericClient client = fhirContext.newRestfulGenericClient(baseUrl());
        client.registerInterceptor(new BearerTokenAuthInterceptor(bearerToken));
        return client;
    }

    protected TestIssuer issuer() {
        return TestIssuer.get();
    }

    /** A raw HTTP exchange, for what the generic client would hide (status codes, headers, bad bodies). */
    protected HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A request to the FHIR endpoint with a full-access back-end token. */
    protected HttpRequest.Builder request(String pathUnderFhir) {
        return requestWith(pathUnderFhir, TestIssuer.get().systemToken());
    }

    protected HttpRequest.Builder requestWith(String pathUnderFhir, String bearerToken) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + pathUnderFhir));
        return bearerToken == null ? request : request.header("Authorization", "Bearer " + bearerToken);
    }

    protected HttpResponse<String> post(String path, org.hl7.fhir.r4.model.Resource resource) {
        return send(request("/" + path)
                .header("Content-Type", "application/fhir+json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        fhirContext.newJsonParser().encodeResourceToString(resource))));
    }

    protected HttpResponse<String> put(String path, org.hl7.fhir.r4.model.Resource resource) {
        return send(request("/" + path)
                .header("Content-Type", "application/fhir+json")
                .PUT(HttpRequest.BodyPublishers.ofString(
                        fhirContext.newJsonParser().encodeResourceToString(resource))));
    }

    /** PUT of a resource to its own id. */
    protected HttpResponse<String> update(org.hl7.fhir.r4.model.Resource resource) {
        return put(resource.fhirType() + "/" + resource.getIdElement().getIdPart(), resource);
    }

    protected org.hl7.fhir.r4.model.OperationOutcome outcome(HttpResponse<String> response) {
        return (org.hl7.fhir.r4.model.OperationOutcome)
                fhirContext.newJsonParser().parseResource(response.body());
    }

    private static Path temporaryIndexDirectory() {
        try {
            return Files.createTempDirectory("ip-fhir-test-lucene");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
