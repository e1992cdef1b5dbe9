package no.ipfhir.server.authentication;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may call the FHIR endpoint: bearer tokens (JWT) from one OAuth2/OpenID Connect issuer, such as
 * HelseID or ID-porten.
 *
 * @param enabled {@code true} or {@code false} to say so explicitly; unset, security is on exactly when
 *     an issuer or key set is configured, and a server on PostgreSQL refuses to start without one
 * @param issuerUri the {@code iss} every token must carry
 * @param jwkSetUri where the issuer publishes its signing keys; unset, they are discovered from the issuer
 * @param audience accepted {@code aud} values; a token must name at least one
 * @param clockSkew tolerance on {@code exp} and {@code nbf}
 * @param authorizationUri the issuer's authorisation endpoint, published to SMART apps
 * @param tokenUri the issuer's token endpoint, published to SMART apps
 * @param organisationNumberClaims claims that carry the caller's organisasjonsnummer
 * @param herIdClaims claims that carry the caller's HER-id
 * @param corsAllowedOrigins origins (patterns) of browser apps allowed to call the server
 * @param adminClients client ids of the back ends that may run administrative operations (reindexing,
 *     resource counts, reference replacement, system {@code $meta}); empty, no one may
 * @param systemClients client ids of the back ends trusted with {@code system/} scopes without an organisation
 *     claim (registry sync, reporting): they reach every patient their scopes allow; the admin clients are
 *     trusted so too. Any other {@code system/} token without an organisation reaches nothing (403)
 * @param trialIssuer the built-in trial issuer with synthetic test users: unset, on exactly when the server
 *     runs on its embedded database without an external issuer; {@code true} also on PostgreSQL (synthetic
 *     data only); {@code false} never
 */
@ConfigurationProperties("fhir.security")
public record SecurityProperties(
        Boolean enabled,
        @DefaultValue("") String issuerUri,
        @DefaultValue("") String jwkSetUri,
        @DefaultValue("") List<String> audience,
        @DefaultValue("60s") Duration clockSkew,
        @DefaultValue("") String authorizationUri,
        @DefaultValue("") String tokenUri,
        @DefaultValue("orgnr") List<String> organisationNumberClaims,
        @DefaultValue("herid") List<String> herIdClaims,
        @DefaultValue("*") List<String> corsAllowedOrigins,
        @DefaultValue("") List<String> adminClients,
        @DefaultValue("") List<String> systemClients,
        Boolean trialIssuer) {

    /** The back ends trusted with {@code system/} scopes that act for no organisation. */
    public java.util.Set<String> trustedBackEnds() {
        java.util.Set<String> trusted = new java.util.LinkedHashSet<>();
        java.util.stream.Stream.concat(adminClients.stream(), systemClients.stream())
                .map(String::trim)
                .filter(client -> !client.isEmpty())
                .forEach(trusted::add);
        return trusted;
    }
}
