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
    void embeddedTrialDatabaseWithoutAnIssuerRunsOpen() {
        assertThat(SecurityMode.decide(security(null, "", List.of()), H2).enabled())
                .isFalse();
    }

    @Test
    void postgresqlWithoutAnIssuerRefusesToStartAndSaysWhatToSet() {
        assertThatThrownBy(() -> SecurityMode.decide(security(null, "", List.of()), POSTGRESQL))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("FHIR_SECURITY_ISSUER_URI")
                .hasMessageContaining("FHIR_SECURITY_ENABLED=false");
    }

    @Test
    void postgresqlRunsOpenOnlyWhenToldExplicitly() {
        assertThat(SecurityMode.decide(security(false, "", List.of()), POSTGRESQL)
                        .enabled())
                .isFalse();
    }

    @Test
    void issuerTurnsSecurityOnButNeedsAnAudience() {
        assertThat(SecurityMode.decide(security(null, "https://issuer.example", List.of("ip-fhir")), H2)
                        .enabled())
                .isTrue();
        assertThatThrownBy(() -> SecurityMode.decide(security(null, "https://issuer.example", List.of("")), POSTGRESQL))
                .hasMessageContaining("FHIR_SECURITY_AUDIENCE");
    }

    @Test
    void securitySwitchedOnWithoutAnIssuerRefusesToStart() {
        assertThatThrownBy(() -> SecurityMode.decide(security(true, "", List.of()), H2))
                .hasMessageContaining("FHIR_SECURITY_ISSUER_URI");
    }

    private static SecurityProperties security(Boolean enabled, String issuer, List<String> audience) {
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
                List.of());
    }
}
