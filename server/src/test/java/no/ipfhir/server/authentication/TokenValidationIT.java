package no.ipfhir.server.authentication;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import no.ipfhir.server.support.FhirIntegrationTest;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.junit.jupiter.api.Test;

/** Which tokens get in: signature, issuer, audience, lifetime with clock skew, and scopes. */
class TokenValidationIT extends FhirIntegrationTest {

    private static final String SEARCH = "/Organization?_count=1";

    @Test
    void requestWithoutATokenIsAnswered401WithBearerChallengeAndOperationOutcome() {
        HttpResponse<String> response = get(null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(h -> assertThat(h).startsWith("Bearer"));
        OperationOutcome outcome =
                (OperationOutcome) fhirContext.newJsonParser().parseResource(response.body());
        assertThat(outcome.getIssueFirstRep().getCode()).isEqualTo(OperationOutcome.IssueType.LOGIN);
        assertThat(outcome.getIssueFirstRep().getDiagnostics()).contains("bearer token");
    }

    @Test
    void validBackEndTokenIsAccepted() {
        assertThat(get(issuer().systemToken()).statusCode()).isEqualTo(200);
    }

    @Test
    void tokenThatExpiredWithinTheClockSkewIsStillAccepted() {
        String token = issuer().token("system/*.rs")
                .expiredSince(Duration.ofSeconds(20))
                .sign();

        assertThat(get(token).statusCode()).isEqualTo(200);
    }

    @Test
    void tokenThatExpiredBeyondTheClockSkewIsRefused() {
        String token = issuer().token("system/*.rs")
                .expiredSince(Duration.ofMinutes(3))
                .sign();

        HttpResponse<String> response = get(token);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(h -> assertThat(h).contains("invalid_token"));
    }

    @Test
    void tokenNotYetValidIsRefused() {
        String token = issuer().token("system/*.rs")
                .notBefore(Instant.now().plus(Duration.ofMinutes(10)))
                .sign();

        assertThat(get(token).statusCode()).isEqualTo(401);
    }

    @Test
    void tokenFromAnotherIssuerIsRefusedEvenWhenSignedWithTheRightKey() {
        String token = issuer().token("system/*.rs")
                .claim("iss", "https://helseid.example/other")
                .sign();

        assertThat(get(token).statusCode()).isEqualTo(401);
    }

    @Test
    void tokenForAnotherAudienceIsRefused() {
        String token = issuer().token("system/*.rs")
                .claim("aud", java.util.List.of("https://kjernejournal.example"))
                .sign();

        assertThat(get(token).statusCode()).isEqualTo(401);
    }

    @Test
    void tokenSignedWithAnUnpublishedKeyIsRefused() {
        assertThat(get(issuer().token("system/*.rs").forged().sign()).statusCode())
                .isEqualTo(401);
    }

    @Test
    void tamperedTokenIsRefused() {
        String[] parts = issuer().token("patient/*.rs").patient("1").sign().split("\\.");
        String elevated = java.util.Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(new String(java.util.Base64.getUrlDecoder().decode(parts[1]))
                        .replace("patient/*.rs", "system/*.rs")
                        .getBytes());

        assertThat(get(parts[0] + "." + elevated + "." + parts[2]).statusCode()).isEqualTo(401);
    }

    @Test
    void validTokenWithoutClinicalScopesIsForbiddenWithAnExplanation() {
        HttpResponse<String> response = get(issuer().token("openid profile").sign());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("SMART scopes");
    }

    @Test
    void patientScopesWithoutAPatientClaimGrantNothing() {
        assertThat(get(issuer().token("patient/*.rs").sign()).statusCode()).isEqualTo(403);
    }

    @Test
    void readScopeWithoutSearchScopeDoesNotAllowSearching() {
        String token = issuer().token("system/Organization.r").sign();

        HttpResponse<String> response = get(token);

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("do not allow search on Organization", "system/Organization.s");
    }

    @Test
    void smartV1ReadScopeAllowsSearching() {
        assertThat(get(issuer().token("system/Organization.read").sign()).statusCode())
                .isEqualTo(200);
    }

    @Test
    void scopeForAnotherResourceTypeDoesNotAllowThisOne() {
        assertThat(get(issuer().token("system/CarePlan.rs").sign()).statusCode())
                .isEqualTo(403);
    }

    @Test
    void aBackEndTokenWithoutAnOrganisationFromAnUnlistedClientIsForbiddenWithAnOperationOutcome() {
        String unlisted =
                issuer().token("system/*.cruds").clientId("ukjent-integrasjon").sign();

        HttpResponse<String> search = get(unlisted);
        HttpResponse<String> read = send(requestWith("/Patient/1", unlisted).header("Accept", "application/fhir+json"));

        assertThat(search.statusCode()).isEqualTo(403);
        assertThat(read.statusCode()).isEqualTo(403);
        OperationOutcome outcome =
                (OperationOutcome) fhirContext.newJsonParser().parseResource(search.body());
        assertThat(outcome.getIssueFirstRep().getDiagnostics())
                .contains("FHIR_SECURITY_SYSTEM_CLIENTS", "ukjent-integrasjon");
        assertThat(((OperationOutcome) fhirContext.newJsonParser().parseResource(read.body()))
                        .getIssueFirstRep()
                        .getDiagnostics())
                .isEqualTo(outcome.getIssueFirstRep().getDiagnostics());
    }

    @Test
    void aListedBackEndAndAnUnlistedClientNamingItsOrganisationAreAccepted() {
        assertThat(get(issuer().token("system/*.rs").clientId("rapport-backend").sign())
                        .statusCode())
                .isEqualTo(200);
        HttpResponse<String> ehr = send(requestWith(
                        "/CarePlan?_count=1",
                        issuer().token("system/*.rs")
                                .clientId("ukjent-integrasjon")
                                .orgnr("991000038")
                                .sign())
                .header("Accept", "application/fhir+json"));
        assertThat(ehr.statusCode())
                .as("an EHR's back end names its organisation and reaches only its plans: " + ehr.body())
                .isEqualTo(200);
    }

    private HttpResponse<String> get(String token) {
        return send(requestWith(SEARCH, token).header("Accept", "application/fhir+json"));
    }
}
