package no.ipfhir.server.trial;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.ipfhir.server.authentication.SecurityMode;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationContext;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationProvider;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationValidator;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configurers.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * The built-in OpenID Connect / SMART authorisation server for trials and tests (Spring Authorization
 * Server): authorisation code with PKCE for the patient app and a trial EHR, client credentials for a
 * trial back end, and a login form for the synthetic {@link TrialUsers}. Its signing key is made at
 * start-up and lives only in this process, so tokens do not outlive a restart.
 */
@Configuration
@Conditional(TrialIssuerCondition.class)
public class TrialIssuerConfig {

    /** The patient app served at /app/ (public client, PKCE). */
    public static final String PATIENT_APP = "ip-pasientapp";

    public static final Set<String> PATIENT_APP_SCOPES = Set.of(
            "openid",
            "fhirUser",
            "launch/patient",
            "patient/*.rs",
            "patient/Goal.c",
            "patient/Observation.c",
            "patient/Communication.c",
            "patient/Consent.u");

    /** The styringsdata page served at /app/styringsdata/ (public client, PKCE): aggregates only. */
    public static final String STYRINGSDATA_APP = "ip-styringsdata";

    /** The analytics scope: the indicator Measures and their $evaluate-measure, nothing about a person. */
    public static final String ANALYTICS_SCOPE = "user/Measure.rs";

    public static final Set<String> STYRINGSDATA_SCOPES = Set.of("openid", ANALYTICS_SCOPE);

    /** A SMART app for EHR users such as the koordinator (public client, PKCE). */
    public static final String TRIAL_EHR = "ip-trial-ehr";

    /** A back end with full access for scripts and the README's tour (client credentials). */
    public static final String TRIAL_BACKEND = SecurityMode.TRIAL_BACKEND_CLIENT;

    public static final String TRIAL_BACKEND_SECRET = "trial";

    private static final Duration TOKEN_LIFETIME = Duration.ofHours(8);

    /** Where the apps are served: a redirect goes back to its client's page on the address the login was asked at. */
    static final String APP_PATH = "/app/";

    static final String STYRINGSDATA_PATH = "/app/styringsdata/";

    @Bean
    public JWKSource<SecurityContext> trialSigningKeys() {
        try {
            RSAKey key = new RSAKeyGenerator(2048)
                    .keyID("trial-" + UUID.randomUUID())
                    .generate();
            return new ImmutableJWKSet<>(new JWKSet(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not make the trial issuer's signing key", e);
        }
    }

    @Bean
    public AuthorizationServerSettings trialIssuerSettings() {
        return AuthorizationServerSettings.builder().build();
    }

    @Bean
    public RegisteredClientRepository trialClients() {
        TokenSettings tokens =
                TokenSettings.builder().accessTokenTimeToLive(TOKEN_LIFETIME).build();
        ClientSettings pkce = ClientSettings.builder()
                .requireProofKey(true)
                .requireAuthorizationConsent(false)
                .build();
        RegisteredClient patientApp = RegisteredClient.withId(PATIENT_APP)
                .clientId(PATIENT_APP)
                .clientName("Min plan")
                .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("http://127.0.0.1" + APP_PATH)
                .scopes(scopes -> scopes.addAll(PATIENT_APP_SCOPES))
                .clientSettings(pkce)
                .tokenSettings(tokens)
                .build();
        RegisteredClient ehr = RegisteredClient.withId(TRIAL_EHR)
                .clientId(TRIAL_EHR)
                .clientName("Trial EHR")
                .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("http://127.0.0.1" + APP_PATH)
                .scopes(scopes -> scopes.addAll(List.of("openid", "fhirUser", "user/*.cruds", "user/*.rs")))
                .clientSettings(pkce)
                .tokenSettings(tokens)
                .build();
        RegisteredClient styringsdata = RegisteredClient.withId(STYRINGSDATA_APP)
                .clientId(STYRINGSDATA_APP)
                .clientName("Styringsdata")
                .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("http://127.0.0.1" + STYRINGSDATA_PATH)
                .scopes(scopes -> scopes.addAll(STYRINGSDATA_SCOPES))
                .clientSettings(pkce)
                .tokenSettings(tokens)
                .build();
        RegisteredClient backend = RegisteredClient.withId(TRIAL_BACKEND)
                .clientId(TRIAL_BACKEND)
                .clientSecret("{noop}" + TRIAL_BACKEND_SECRET)
                .clientName("Trial back end")
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .scopes(scopes -> scopes.addAll(List.of("system/*.cruds", "system/*.rs")))
                .tokenSettings(tokens)
                .build();
        return new InMemoryRegisteredClientRepository(patientApp, ehr, styringsdata, backend);
    }

    @Bean
    public UserDetailsService trialUserDetails() {
        return new InMemoryUserDetailsManager(TrialUsers.ALL.stream()
                .map(user -> User.withUsername(user.username())
                        .password("{noop}" + TrialUsers.PASSWORD)
                        .roles(user.role().name())
                        .build())
                .toList());
    }

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    public SecurityFilterChain trialIssuerSecurity(
            HttpSecurity http, JWKSource<SecurityContext> trialSigningKeys, TrialTokenClaims claims) throws Exception {
        OAuth2AuthorizationServerConfigurer server = OAuth2AuthorizationServerConfigurer.authorizationServer();
        http.securityMatcher(new OrRequestMatcher(
                        server.getEndpointsMatcher(),
                        AntPathRequestMatcher.antMatcher("/login"),
                        AntPathRequestMatcher.antMatcher("/logout")))
                .with(server, authorizationServer -> authorizationServer
                        .oidc(oidc -> {})
                        .authorizationEndpoint(
                                endpoint -> endpoint.authenticationProviders(providers -> providers.stream()
                                        .filter(OAuth2AuthorizationCodeRequestAuthenticationProvider.class::isInstance)
                                        .map(OAuth2AuthorizationCodeRequestAuthenticationProvider.class::cast)
                                        .forEach(provider -> provider.setAuthenticationValidator(
                                                OAuth2AuthorizationCodeRequestAuthenticationValidator
                                                        .DEFAULT_SCOPE_VALIDATOR
                                                        .andThen(TrialIssuerConfig::redirectToTheAppOnThisServer)))))
                        .tokenEndpoint(token -> token.accessTokenResponseHandler(claims.tokenResponse())))
                .authorizeHttpRequests(requests -> requests.requestMatchers(AntPathRequestMatcher.antMatcher("/login"))
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .formLogin(form -> form.loginPage("/login").permitAll())
                .exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint("/login"),
                        new MediaTypeRequestMatcher(MediaType.TEXT_HTML)))
                .oauth2ResourceServer(resourceServer -> resourceServer.jwt(
                        jwt -> jwt.decoder(OAuth2AuthorizationServerConfiguration.jwtDecoder(trialSigningKeys))));
        return http.build();
    }

    /**
     * A redirect goes to the client's page ({@code /app/}, or {@code /app/styringsdata/} for the
     * styringsdata page) on the very address (scheme, host, port) the authorisation was asked at,
     * whatever a newcomer typed ({@code localhost}, {@code 127.0.0.1}, a host name): the code never
     * leaves this server's origin.
     */
    static void redirectToTheAppOnThisServer(OAuth2AuthorizationCodeRequestAuthenticationContext context) {
        OAuth2AuthorizationCodeRequestAuthenticationToken request = context.getAuthentication();
        String redirect = request.getRedirectUri();
        URI authorize = URI.create(request.getAuthorizationUri());
        URI target = redirect == null ? null : URI.create(redirect);
        String path = appPath(context.getRegisteredClient());
        boolean sameOrigin = target != null
                && target.getFragment() == null
                && authorize.getScheme().equals(target.getScheme())
                && authorize.getHost().equalsIgnoreCase(target.getHost())
                && authorize.getPort() == target.getPort()
                && path.equals(target.getPath());
        if (!sameOrigin) {
            OAuth2Error error = new OAuth2Error(
                    OAuth2ErrorCodes.INVALID_REQUEST,
                    "redirect_uri must be " + path + " on this server's own address",
                    null);
            throw new OAuth2AuthenticationException(error);
        }
    }

    /** The page a client's login returns to: the path of its registered redirect. */
    static String appPath(RegisteredClient client) {
        return client.getRedirectUris().stream()
                .map(uri -> URI.create(uri).getPath())
                .findFirst()
                .orElse(APP_PATH);
    }
}
