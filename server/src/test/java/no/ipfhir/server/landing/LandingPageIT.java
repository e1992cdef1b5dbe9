package no.ipfhir.server.landing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import no.ipfhir.server.support.FhirIntegrationTest;
import org.junit.jupiter.api.Test;

/** A person opening the server in a browser, without a token, learns what it is and where to go. */
class LandingPageIT extends FhirIntegrationTest {

    @Test
    void rootAnswersTheLandingPageInBokmalAndEnglish() {
        HttpResponse<String> page = browse("/");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(page.body())
                .contains("Individuell plan", "individual plan")
                .contains("href=\"/fhir/metadata\"", "href=\"/ig/\"", "href=\"/actuator/health\"")
                .contains("http://localhost:" + port + "/fhir");
    }

    @Test
    void landingPageLinksToTheCapabilityStatementAndHealthThatAnswer() {
        assertThat(browse("/fhir/metadata").statusCode()).isEqualTo(200);
        assertThat(browse("/actuator/health").statusCode()).isEqualTo(200);
        assertThat(browse("/fhir/.well-known/smart-configuration").statusCode()).isEqualTo(200);
    }

    @Test
    void browserAtTheFhirBaseGetsTheLandingPage() {
        HttpResponse<String> page = browse("/fhir");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("href=\"/fhir/metadata\"");
    }

    @Test
    void fhirClientAtTheFhirBaseStillGetsFhir() {
        HttpResponse<String> response = send(request("").header("Accept", "application/fhir+json"));

        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/fhir+json"));
        assertThat(response.body()).contains("OperationOutcome");
    }

    private HttpResponse<String> browse(String path) {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"));
    }
}
