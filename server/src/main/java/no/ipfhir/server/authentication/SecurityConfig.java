package no.ipfhir.server.authentication;

import ca.uhn.fhir.context.FhirContext;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import no.ipfhir.server.config.DatabaseProperties;
import no.ipfhir.server.config.FhirServerConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * Authentication with Spring Security's OAuth2 resource server: every request to the FHIR endpoint
 * carries a bearer JWT whose signature, issuer, audience and lifetime are checked before HAPI sees it.
 * What the token then allows is decided per interaction by the access layer ({@code access/PlanAuthorizationInterceptor}).
 */
@Configuration
public class SecurityConfig {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfig.class);

    /**
     * Public without a token: what a client needs to find out how to get one, the operations endpoints,
     * and the landing page and guide (which hold no one's data).
     */
    private static final String[] PUBLIC_PATHS = {
        "/",
        "/ig",
        "/ig/**",
        "/app",
        "/app/**",
        FhirServerConfig.FHIR_PATH + "/metadata",
        FhirServerConfig.FHIR_PATH + SmartConfigurationServlet.PATH,
        SmartConfigurationServlet.PATH,
        "/actuator/**",
        "/error"
    };

    @Bean
    public SecurityMode securityMode(SecurityProperties security, DatabaseProperties db) {
        SecurityMode mode = SecurityMode.decide(security, db);
        if (mode.trialIssuer()) {
            log.warn("\n\n*** {} ***\n", SecurityMode.TRIAL_WARNING);
        } else if (mode.enabled()) {
            log.info(
                    "FHIR endpoint requires bearer tokens from {} for audience {}",
                    security.issuerUri(),
                    security.audience());
        } else {
            log.warn("\n\n*** {} ***\n", SecurityMode.OPEN_WARNING);
        }
        return mode;
    }

    @Bean
    public SecurityFilterChain fhirSecurity(
            HttpSecurity http,
            SecurityMode mode,
            SecurityProperties security,
            FhirContext fhirContext,
            ApplicationEventPublisher events,
            ObjectProvider<JWKSource<SecurityContext>> trialKeys)
            throws Exception {
        http.csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable);
        if (!mode.enabled()) {
            return http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                    .build();
        }
        OperationOutcomeAuthenticationEntryPoint entryPoint =
                new OperationOutcomeAuthenticationEntryPoint(fhirContext, events);
        return http.cors(cors -> cors.configurationSource(browserApps(security)))
                .authorizeHttpRequests(requests -> requests.requestMatchers(publicPaths())
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.decoder(
                                mode.trialIssuer()
                                        ? trialDecoder(trialKeys.getObject(), security)
                                        : jwtDecoder(security)))
                        .authenticationEntryPoint(entryPoint))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(entryPoint))
                .build();
    }

    /**
     * SMART apps in a browser call the server from their own origin. Tokens travel in the
     * Authorization header, never in cookies, so another origin gains nothing it has no token for.
     */
    private static CorsConfigurationSource browserApps(SecurityProperties security) {
        CorsConfiguration cors = new CorsConfiguration();
        cors.setAllowedOriginPatterns(security.corsAllowedOrigins());
        cors.setAllowedMethods(List.of("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"));
        cors.setAllowedHeaders(
                List.of("Authorization", "Content-Type", "Accept", "If-Match", "If-None-Exist", "Prefer"));
        cors.setExposedHeaders(List.of("Location", "Content-Location", "ETag", "Last-Modified", "WWW-Authenticate"));
        cors.setAllowCredentials(false);
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/**", cors);
        return source;
    }

    /** Matched as plain paths: the FHIR servlet is not a Spring MVC servlet. */
    private static RequestMatcher[] publicPaths() {
        return Arrays.stream(PUBLIC_PATHS)
                .map(AntPathRequestMatcher::antMatcher)
                .toArray(RequestMatcher[]::new);
    }

    /**
     * Tokens of the built-in trial issuer: signed with its key, which exists only in this process, so the
     * signature alone says who issued them; the issuer name follows the address the client used.
     */
    static JwtDecoder trialDecoder(JWKSource<SecurityContext> keys, SecurityProperties security) {
        NimbusJwtDecoder decoder = (NimbusJwtDecoder) OAuth2AuthorizationServerConfiguration.jwtDecoder(keys);
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<Jwt>(
                new JwtTimestampValidator(security.clockSkew()),
                new JwtClaimValidator<Instant>(JwtClaimNames.EXP, Objects::nonNull),
                new JwtClaimValidator<List<String>>(
                        JwtClaimNames.AUD, aud -> aud != null && aud.contains(SecurityMode.TRIAL_AUDIENCE))));
        return decoder;
    }

    static JwtDecoder jwtDecoder(SecurityProperties security) {
        NimbusJwtDecoder decoder = security.jwkSetUri().isBlank()
                ? NimbusJwtDecoder.withIssuerLocation(security.issuerUri()).build()
                : NimbusJwtDecoder.withJwkSetUri(security.jwkSetUri())
                        .jwsAlgorithms(algorithms -> algorithms.addAll(List.of(
                                SignatureAlgorithm.RS256,
                                SignatureAlgorithm.RS384,
                                SignatureAlgorithm.RS512,
                                SignatureAlgorithm.PS256,
                                SignatureAlgorithm.ES256,
                                SignatureAlgorithm.ES384)))
                        .build();
        List<String> audience = security.audience();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<Jwt>(
                new JwtTimestampValidator(security.clockSkew()),
                new JwtClaimValidator<Instant>(JwtClaimNames.EXP, Objects::nonNull),
                new JwtIssuerValidator(security.issuerUri()),
                new JwtClaimValidator<List<String>>(
                        JwtClaimNames.AUD, aud -> aud != null && aud.stream().anyMatch(audience::contains))));
        return decoder;
    }
}
