package no.ipfhir.server.authentication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import no.ipfhir.server.config.DatabaseProperties;
import org.junit.jupiter.api.Test;

/** When the server runs open, and when it refuses to start. */
class SecurityModeTest {

    private static final DatabaseProperties H2 =
            new DatabaseProperties("jdbc:h2:file:./data/h2/fhir", "sa", "", 10, java.time.Duration.ofSeconds(5));
    private static final DatabaseProperties POSTGRESQL = new DatabaseProperties(
            "jdbc:postgresql://127.0.0.1:5432/fhir", "fhir", "fhir", 10, java.time.Duration.ofSeconds(5));

    @Test
    void embeddedDatabaseWithoutAnIssuerRunsWithTheTrialIssuer() {
        assertThat(SecurityMode.decide(security(null, "", List.of(), null), H2))
                .isEqualTo(new SecurityMode(true, true));
    }

    @Test
    void embeddedDatabaseRunsOpenOnlyWhenToldExplicitly() {
        assertThat(SecurityMode.decide(security(false, "", List.of(), null), H2))
                .isEqualTo(new SecurityMode(false, false));
        assertThat(SecurityMode.decide(security(null, "", List.of(), false), H2))
                .isEqualTo(new SecurityMode(false, false));
    }

    @Test
    void postgresqlWithoutAnIssuerRefusesToStartAndSaysWhatToSet() {
        assertThatThrownBy(() -> SecurityMode.decide(security(null, "", List.of(), null), POSTGRESQL))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("FHIR_SECURITY_ISSUER_URI")
                .hasMessageContaining("FHIR_SECURITY_TRIAL_ISSUER=true")
                .hasMessageContaining("FHIR_SECURITY_ENABLED=false");
    }

    @Test
    void postgresqlRunsOpenOrWithTheTrialIssuerOnlyWhenToldExplicitly() {
        assertThat(SecurityMode.decide(security(false, "", List.of(), null), POSTGRESQL))
                .isEqualTo(new SecurityMode(false, false));
        assertThat(SecurityMode.decide(security(null, "", List.of(), true), POSTGRESQL))
                .isEqualTo(new SecurityMode(true, true));
    }

    @Test
    void anExternalIssuerTurnsTheTrialIssuerOffAndRefusesBoth() {
        assertThat(SecurityMode.decide(security(null, "https://issuer.example", List.of("ip-fhir"), null), H2))
                .isEqualTo(new SecurityMode(true, false));
        assertThatThrownBy(() ->
                        SecurityMode.decide(security(null, "https://issuer.example", List.of("ip-fhir"), true), H2))
                .hasMessageContaining(
                        "FHIR_SECURITY_TRIAL_ISSUER=true cannot be combined with FHIR_SECURITY_ISSUER_URI");
        assertThatThrownBy(() ->
                        SecurityMode.decide(security(null, "https://issuer.example", List.of(""), null), POSTGRESQL))
                .hasMessageContaining("FHIR_SECURITY_AUDIENCE");
    }

    @Test
    void trialIssuerWithSecurityOffRefusesToStart() {
        assertThatThrownBy(() -> SecurityMode.decide(security(false, "", List.of(), true), H2))
                .hasMessageContaining("FHIR_SECURITY_ENABLED=false");
    }

    @Test
    void securitySwitchedOnWithoutAnyIssuerRefusesToStart() {
        assertThatThrownBy(() -> SecurityMode.decide(security(true, "", List.of(), false), H2))
                .hasMessageContaining("FHIR_SECURITY_ISSUER_URI");
    }

    private static SecurityProperties security(
            Boolean enabled, String issuer, List<String> audience, Boolean trialIssuer) {
        return new SecurityProperties(
                enabled,
                issuer,
                "",
                audience,
                Duration.ofSeconds(60),
                "",
                "",
                List.of("orgnr"),
                List.of("herid"),
                List.of("*"),
                List.of(),
                List.of(),
                trialIssuer);
    }
}
