package no.ipfhir.server.authentication;

import no.ipfhir.server.config.DatabaseKind;
import no.ipfhir.server.config.DatabaseProperties;

/**
 * Whether callers must present a token. Security is on as soon as an issuer is configured. Without
 * one, only the embedded trial database may run open; a server on PostgreSQL holds real plans and
 * refuses to start unless {@code FHIR_SECURITY_ENABLED=false} says that running open is intended.
 */
public record SecurityMode(boolean enabled) {

    public static final String OPEN_WARNING = "SECURITY IS OFF: every caller may read and change every plan. "
            + "Use this only for local trials with synthetic data; set FHIR_SECURITY_ISSUER_URI and FHIR_SECURITY_AUDIENCE "
            + "to require OAuth2 bearer tokens.";

    static SecurityMode decide(SecurityProperties security, DatabaseProperties db) {
        if (Boolean.FALSE.equals(security.enabled())) {
            return new SecurityMode(false);
        }
        if (security.issuerUri().isBlank()) {
            if (Boolean.TRUE.equals(security.enabled())) {
                throw new IllegalStateException(
                        "FHIR_SECURITY_ENABLED=true needs the token issuer: set FHIR_SECURITY_ISSUER_URI "
                                + "(and FHIR_SECURITY_AUDIENCE) to the OpenID Connect issuer whose tokens this server accepts.");
            }
            if (db.kind() != DatabaseKind.H2) {
                throw new IllegalStateException(
                        "The server runs on " + db.kind() + " but no token issuer is configured, so anyone "
                                + "could read every plan. Set FHIR_SECURITY_ISSUER_URI and FHIR_SECURITY_AUDIENCE to the OpenID Connect "
                                + "issuer whose tokens this server accepts, or set FHIR_SECURITY_ENABLED=false if running without "
                                + "access control is really intended.");
            }
            return new SecurityMode(false);
        }
        if (security.audience().stream().allMatch(String::isBlank)) {
            throw new IllegalStateException(
                    "FHIR_SECURITY_AUDIENCE is not set: name the audience (aud) that tokens for this "
                            + "server carry, so that tokens issued for other services are refused.");
        }
        return new SecurityMode(true);
    }
}
