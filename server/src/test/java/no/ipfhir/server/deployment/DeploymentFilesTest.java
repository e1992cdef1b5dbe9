package no.ipfhir.server.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The deployment files say what the README says: {@code docker/.env.example} lists every setting of the
 * README's table, and the scale-out profile of {@code docker/compose.yaml} puts its nodes on OpenSearch
 * behind the proxy. (docker/check.sh validates the files against the Compose schema.)
 */
class DeploymentFilesTest {

    private static final Path ROOT = Path.of("..");
    private static final Pattern SETTING_ROW =
            Pattern.compile("^\\| `[a-z][^`]*` \\| `([A-Z0-9_]+)` \\|", Pattern.MULTILINE);

    @Test
    void theEnvironmentExampleListsEverySettingOfTheReadme() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        String example = Files.readString(ROOT.resolve("docker/.env.example"));
        Matcher row = SETTING_ROW.matcher(readme);
        int settings = 0;
        while (row.find()) {
            settings++;
            assertThat(example)
                    .as("docker/.env.example lists %s (docker/env-example.sh writes it)", row.group(1))
                    .contains(row.group(1) + "=");
        }
        assertThat(settings).as("settings in the README's table").isGreaterThan(30);
    }

    @Test
    void theScaleOutNodesUseOpenSearchAndTheProxyChecksTheirReadiness() throws IOException {
        String compose = Files.readString(ROOT.resolve("docker/compose.yaml"));
        String proxy = Files.readString(ROOT.resolve("docker/haproxy.cfg"));
        assertThat(compose).contains("FHIR_SEARCH_BACKEND: opensearch", "image: postgres:16", "service_healthy");
        for (String node : List.of("fhir-a", "fhir-b")) {
            assertThat(compose).contains("FHIR_NODE_" + node.substring(5).toUpperCase() + ": " + node + ":8080");
        }
        assertThat(proxy).contains("option httpchk GET /actuator/health/readiness");
        String dockerfile = Files.readString(ROOT.resolve("docker/Dockerfile"));
        assertThat(dockerfile).contains("USER ipfhir", "HEALTHCHECK", "MaxRAMPercentage");
    }
}
