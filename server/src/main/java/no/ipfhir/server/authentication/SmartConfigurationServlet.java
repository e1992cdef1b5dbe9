package no.ipfhir.server.authentication;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * SMART App Launch discovery ({@code [base]/.well-known/smart-configuration}): where apps get tokens
 * and what this server understands. It sits beside the FHIR servlet, which would take
 * {@code .well-known} for a resource type.
 */
class SmartConfigurationServlet extends HttpServlet {

    static final String PATH = "/.well-known/smart-configuration";

    static final List<String> SCOPES_SUPPORTED = List.of(
            "openid",
            "fhirUser",
            "launch/patient",
            "offline_access",
            "patient/*.rs",
            "patient/*.cruds",
            "user/*.rs",
            "user/*.cruds",
            "system/*.rs",
            "system/*.cruds",
            "patient/*.read",
            "user/*.read",
            "system/*.read",
            "patient/*.write",
            "user/*.write",
            "system/*.write");

    static final List<String> CAPABILITIES = List.of(
            "launch-standalone",
            "client-public",
            "client-confidential-symmetric",
            "client-confidential-asymmetric",
            "context-standalone-patient",
            "permission-patient",
            "permission-user",
            "permission-v1",
            "permission-v2",
            "sso-openid-connect");

    private final transient Map<String, Object> configuration;
    private final transient ObjectMapper json = new ObjectMapper();

    SmartConfigurationServlet(SecurityProperties security) {
        Map<String, Object> configuration = new LinkedHashMap<>();
        putIfSet(configuration, "issuer", security.issuerUri());
        putIfSet(configuration, "jwks_uri", security.jwkSetUri());
        putIfSet(configuration, "authorization_endpoint", security.authorizationUri());
        putIfSet(configuration, "token_endpoint", security.tokenUri());
        configuration.put("grant_types_supported", List.of("authorization_code", "client_credentials"));
        configuration.put("token_endpoint_auth_methods_supported", List.of("private_key_jwt", "client_secret_basic"));
        configuration.put("scopes_supported", SCOPES_SUPPORTED);
        configuration.put("response_types_supported", List.of("code"));
        configuration.put("code_challenge_methods_supported", List.of("S256"));
        configuration.put("capabilities", CAPABILITIES);
        this.configuration = Map.copyOf(configuration);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Access-Control-Allow-Origin", "*");
        json.writeValue(response.getOutputStream(), configuration);
    }

    private static void putIfSet(Map<String, Object> configuration, String key, String value) {
        if (value != null && !value.isBlank()) {
            configuration.put(key, value);
        }
    }
}
