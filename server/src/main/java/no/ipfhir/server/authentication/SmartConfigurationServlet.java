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

    /** Where the built-in trial issuer ({@code trial/}) answers, below the server's own address. */
    public static final String TRIAL_AUTHORIZATION_PATH = "/oauth2/authorize";

    public static final String TRIAL_TOKEN_PATH = "/oauth2/token";
    public static final String TRIAL_JWKS_PATH = "/oauth2/jwks";

    private final transient Map<String, Object> configuration;
    private final boolean trialIssuer;
    private final transient ObjectMapper json = new ObjectMapper();

    SmartConfigurationServlet(SecurityProperties security, SecurityMode mode) {
        this.trialIssuer = mode.trialIssuer();
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
        json.writeValue(response.getOutputStream(), trialIssuer ? trialConfiguration(request) : configuration);
    }

    /** The trial issuer is this server itself, at whatever address the app reached it. */
    private Map<String, Object> trialConfiguration(HttpServletRequest request) {
        String origin = origin(request);
        Map<String, Object> trial = new LinkedHashMap<>();
        trial.put("issuer", origin);
        trial.put("jwks_uri", origin + TRIAL_JWKS_PATH);
        trial.put("authorization_endpoint", origin + TRIAL_AUTHORIZATION_PATH);
        trial.put("token_endpoint", origin + TRIAL_TOKEN_PATH);
        trial.putAll(configuration);
        return trial;
    }

    public static String origin(HttpServletRequest request) {
        int port = request.getServerPort();
        boolean defaultPort = ("http".equals(request.getScheme()) && port == 80)
                || ("https".equals(request.getScheme()) && port == 443);
        return request.getScheme() + "://" + request.getServerName() + (defaultPort ? "" : ":" + port)
                + request.getContextPath();
    }

    private static void putIfSet(Map<String, Object> configuration, String key, String value) {
        if (value != null && !value.isBlank()) {
            configuration.put(key, value);
        }
    }
}
