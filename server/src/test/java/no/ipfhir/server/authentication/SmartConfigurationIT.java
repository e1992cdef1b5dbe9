package no.ipfhir.server.authentication;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import no.ipfhir.server.support.FhirIntegrationTest;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.Extension;
import org.junit.jupiter.api.Test;

/** What a SMART app finds out before it has a token. */
class SmartConfigurationIT extends FhirIntegrationTest {

    @Test
    void smartConfigurationIsPublishedAtTheFhirBaseWithoutAToken() throws Exception {
        HttpResponse<String> response =
                send(HttpRequest.newBuilder(URI.create(baseUrl() + "/.well-known/smart-configuration")));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode configuration = new ObjectMapper().readTree(response.body());
        assertThat(configuration.get("issuer").asText()).isEqualTo(issuer().issuer());
        assertThat(configuration.get("token_endpoint").asText()).isEqualTo(issuer().issuer() + "/token");
        assertThat(configuration.get("authorization_endpoint").asText()).isEqualTo(issuer().issuer() + "/authorize");
        assertThat(configuration.get("capabilities").toString())
                .contains("permission-v2", "permission-v1", "context-standalone-patient");
        assertThat(configuration.get("scopes_supported").toString()).contains("patient/*.rs", "system/*.cruds");
    }

    @Test
    void browserAppsMayCallTheServerFromTheirOwnOrigin() {
        HttpResponse<String> preflight = send(HttpRequest.newBuilder(URI.create(baseUrl() + "/CarePlan?patient=1"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://pasientapp.example")
                .header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "authorization"));

        assertThat(preflight.statusCode()).isEqualTo(200);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin"))
                .hasValue("https://pasientapp.example");
        assertThat(preflight
                        .headers()
                        .firstValue("Access-Control-Allow-Headers")
                        .orElse("")
                        .toLowerCase())
                .contains("authorization");
    }

    @Test
    void capabilityStatementIsPublicAndDeclaresSmartOnFhirWithTheOAuthEndpoints() {
        HttpResponse<String> response = send(
                HttpRequest.newBuilder(URI.create(baseUrl() + "/metadata")).header("Accept", "application/fhir+json"));

        assertThat(response.statusCode()).isEqualTo(200);
        CapabilityStatement capabilities =
                fhirContext.newJsonParser().parseResource(CapabilityStatement.class, response.body());
        CapabilityStatement.CapabilityStatementRestSecurityComponent security =
                capabilities.getRestFirstRep().getSecurity();
        assertThat(security.getServiceFirstRep().getCodingFirstRep().getCode()).isEqualTo("SMART-on-FHIR");
        Extension oauth = security.getExtensionByUrl(SmartCapabilityStatementInterceptor.OAUTH_URIS);
        assertThat(oauth.getExtensionByUrl("token").getValue().primitiveValue())
                .isEqualTo(issuer().issuer() + "/token");
        assertThat(oauth.getExtensionByUrl("authorize").getValue().primitiveValue())
                .isEqualTo(issuer().issuer() + "/authorize");
    }
}
