package no.ipfhir.server.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EndpointAllowListTest {

    private final EndpointAllowList allowList = new EndpointAllowList(
            List.of("https://*.kommune.no", "https://ehr.sykehus.no", "http://localhost:8089", "http://127.0.0.1:*"));

    @ParameterizedTest(name = "{0} allowed: {1}")
    @CsvSource({
        "https://fhir.fjordvik.kommune.no/varsel, true",
        "https://kommune.no/varsel, false",
        "https://evil-kommune.no/varsel, false",
        "http://fhir.fjordvik.kommune.no/varsel, false",
        "https://ehr.sykehus.no:443/hook, true",
        "https://ehr.sykehus.no:8443/hook, false",
        "https://ehr.sykehus.no.evil.com/hook, false",
        "https://user@ehr.sykehus.no/hook, false",
        "http://localhost:8089/hook, true",
        "http://localhost:8090/hook, false",
        "http://127.0.0.1:41234/hook, true",
        "http://127.0.0.1/hook, true",
        "http://169.254.169.254/latest/meta-data, false",
        "file:///etc/passwd, false",
        "not a url, false"
    })
    void onlyListedSchemesHostsAndPortsAreAllowed(String endpoint, boolean allowed) {
        assertThat(allowList.refusal(endpoint).isEmpty()).isEqualTo(allowed);
    }

    @ParameterizedTest
    @CsvSource({"https://ehr.sykehus.no/hook"})
    void anEmptyListAllowsNothingAndSaysWhereToConfigureIt(String endpoint) {
        assertThat(new EndpointAllowList(List.of()).refusal(endpoint))
                .hasValueSatisfying(reason -> assertThat(reason).contains("FHIR_SUBSCRIPTION_ALLOWED_ENDPOINTS"));
    }
}
