package no.ipfhir.server.trial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationContext;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;

/** The trial issuer's public clients: each login returns to its own page, on the address it was asked at. */
class TrialIssuerClientsTest {

    private final TrialIssuerConfig config = new TrialIssuerConfig();

    @Test
    void theStyringsdataPageAsksForTheAnalyticsScopeOnlyAndReturnsToItsOwnPage() {
        RegisteredClient styringsdata = config.trialClients().findByClientId(TrialIssuerConfig.STYRINGSDATA_APP);

        assertThat(styringsdata.getScopes()).containsExactlyInAnyOrder("openid", "user/Measure.rs");
        assertThatCode(() -> redirect(styringsdata, "http://localhost:8080/app/styringsdata/"))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> redirect(styringsdata, "http://localhost:8080/app/"))
                .isInstanceOf(OAuth2AuthenticationException.class)
                .hasMessageContaining("/app/styringsdata/");
        assertThatThrownBy(() -> redirect(styringsdata, "http://elsewhere.example:8080/app/styringsdata/"))
                .isInstanceOf(OAuth2AuthenticationException.class);
    }

    @Test
    void thePatientAppStillReturnsToAppOnly() {
        RegisteredClient patientApp = config.trialClients().findByClientId(TrialIssuerConfig.PATIENT_APP);

        assertThatCode(() -> redirect(patientApp, "http://localhost:8080/app/")).doesNotThrowAnyException();
        assertThatThrownBy(() -> redirect(patientApp, "http://localhost:8080/app/styringsdata/"))
                .isInstanceOf(OAuth2AuthenticationException.class);
    }

    @Test
    void theLeaderIsInNoPlanAndWorksForAnOrganisation() {
        TrialUsers.TrialUser leader = TrialUsers.byUsername("leder-a").orElseThrow();

        assertThat(leader.role()).isEqualTo(TrialUsers.Role.LEDER);
        assertThat(leader.resourceType()).isNull();
        assertThat(leader.organisationNumber()).isEqualTo("991000070");
    }

    private static void redirect(RegisteredClient client, String redirectUri) {
        OAuth2AuthorizationCodeRequestAuthenticationToken request =
                new OAuth2AuthorizationCodeRequestAuthenticationToken(
                        "http://localhost:8080/oauth2/authorize",
                        client.getClientId(),
                        new TestingAuthenticationToken("leder-a", null),
                        redirectUri,
                        "state",
                        Set.of("openid"),
                        Map.of());
        TrialIssuerConfig.redirectToTheAppOnThisServer(OAuth2AuthorizationCodeRequestAuthenticationContext.with(request)
                .registeredClient(client)
                .build());
    }
}
