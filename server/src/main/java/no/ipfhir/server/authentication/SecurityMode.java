package no.ipfhir.server.authentication;

import no.ipfhir.server.config.DatabaseKind;
import no.ipfhir.server.config.DatabaseProperties;

/**
 * Whether callers must present a token, and whose. Security is on as soon as an external issuer is
 * configured. Without one, the embedded trial database runs with the server's own trial issuer
 * (synthetic test users, {@code trial/}); a server on PostgreSQL holds real plans and refuses to start
 * unless {@code FHIR_SECURITY_TRIAL_ISSUER=true} or {@code FHIR_SECURITY_ENABLED=false} says what is
 * intended.
 *
 * @param enabled every request to the FHIR endpoint needs a bearer token
 * @param trialIssuer the tokens come from the built-in trial issuer, not from an external one
 */
public record SecurityMode(boolean enabled, boolean trialIssuer) {

    /** The trial issuer's client-credentials back end, trusted with {@code system/} scopes while it runs. */
    public static final String TRIAL_BACKEND_CLIENT = "ip-trial-backend";

    public static final String OPEN_WARNING = "SECURITY IS OFF: every caller may read and change every plan. "
            + "Use this only for local trials with synthetic data; set FHIR_SECURITY_ISSUER_URI and FHIR_SECURITY_AUDIENCE "
            + "to require OAuth2 bearer tokens.";

    public static final String TRIAL_WARNING =
            "TRIAL ISSUER: this server issues its own tokens to synthetic test users "
                    + "whose passwords are published (see /login). Use it only for trials and tests with synthetic data; "
                    + "set FHIR_SECURITY_ISSUER_URI and FHIR_SECURITY_AUDIENCE to use a real OpenID Connect issuer.";

    /** The audience ({@code aud}) of the trial issuer's access tokens. */
    public static final String TRIAL_AUDIENCE = "ip-fhir";

    public static SecurityMode decide(SecurityProperties security, DatabaseProperties db) {
        boolean external = !security.issuerUri().isBlank();
        if (Boolean.TRUE.equals(security.trialIssuer())) {
            if (external) {
                throw new IllegalStateException(
                        "FHIR_SECURITY_TRIAL_ISSUER=true cannot be combined with FHIR_SECURITY_ISSUER_URI: the built-in "
                                + "trial issuer is for trials without a real OpenID Connect issuer. Remove one of the two.");
            }
            if (Boolean.FALSE.equals(security.enabled())) {
                throw new IllegalStateException(
                        "FHIR_SECURITY_TRIAL_ISSUER=true issues tokens, but FHIR_SECURITY_ENABLED=false "
                                + "turns access control off. Remove one of the two.");
            }
            return new SecurityMode(true, true);
        }
        if (Boolean.FALSE.equals(security.enabled())) {
            return new SecurityMode(false, false);
        }
        if (!external) {
            if (db.kind() != DatabaseKind.H2) {
                throw new IllegalStateException(
                        "The server runs on " + db.kind() + " but no token issuer is configured, so anyone "
                                + "could read every plan. Set FHIR_SECURITY_ISSUER_URI and FHIR_SECURITY_AUDIENCE to the OpenID Connect "
                                + "issuer whose tokens this server accepts; FHIR_SECURITY_TRIAL_ISSUER=true for a trial with "
                                + "synthetic data and the built-in test users; or FHIR_SECURITY_ENABLED=false if running without "
                                + "access control is really intended.");
            }
            if (Boolean.FALSE.equals(security.trialIssuer())) {
                if (Boolean.TRUE.equals(security.enabled())) {
                    throw new IllegalStateException(
                            "FHIR_SECURITY_ENABLED=true needs a token issuer: set FHIR_SECURITY_ISSUER_URI "
                                    + "(and FHIR_SECURITY_AUDIENCE) to the OpenID Connect issuer whose tokens this server accepts, "
                                    + "or leave FHIR_SECURITY_TRIAL_ISSUER unset for the built-in trial issuer.");
                }
                return new SecurityMode(false, false);
            }
            return new SecurityMode(true, true);
        }
        if (security.audience().stream().allMatch(String::isBlank)) {
            throw new IllegalStateException(
                    "FHIR_SECURITY_AUDIENCE is not set: name the audience (aud) that tokens for this "
                            + "server carry, so that tokens issued for other services are refused.");
        }
        return new SecurityMode(true, false);
    }
}
