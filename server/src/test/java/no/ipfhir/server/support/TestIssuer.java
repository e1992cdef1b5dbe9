package no.ipfhir.server.support;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A stand-in OpenID Connect issuer for the tests: an RSA key pair made at start-up, its public key
 * published as a JWKS over HTTP on a free local port, and real signed tokens. A second key, which the
 * issuer never publishes, makes forged tokens.
 */
public final class TestIssuer {

    public static final String AUDIENCE = "https://ip-fhir.test/fhir";

    private static TestIssuer instance;

    private final RSAKey signingKey;
    private final RSAKey foreignKey;
    private final HttpServer server;

    private TestIssuer() {
        try {
            signingKey = new RSAKeyGenerator(2048)
                    .keyID("test-issuer-" + UUID.randomUUID())
                    .generate();
            foreignKey = new RSAKeyGenerator(2048).keyID(signingKey.getKeyID()).generate();
            // A fixed port (-Dit.issuer.port) lets servers started outside this JVM trust it: docker/two-nodes.sh.
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", Integer.getInteger("it.issuer.port", 0)), 0);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] jwks = new JWKSet(signingKey.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
        server.createContext("/jwks", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, jwks.length);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(jwks);
            }
        });
        server.setExecutor(null);
        server.start();
    }

    public static synchronized TestIssuer get() {
        if (instance == null) {
            instance = new TestIssuer();
        }
        return instance;
    }

    public String issuer() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/issuer";
    }

    public String jwkSetUri() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/jwks";
    }

    public Token token(String scope) {
        return new Token(scope);
    }

    /** A full-access back end, as the suite's general tests use. */
    public String systemToken() {
        return token("system/*.cruds").clientId("test-backend").sign();
    }

    /** A token under construction; every claim can be set, including wrong ones. */
    public final class Token {

        private final Map<String, Object> claims = new LinkedHashMap<>();
        private Instant issuedAt = Instant.now();
        private Duration lifetime = Duration.ofMinutes(30);
        private boolean forged;

        private Token(String scope) {
            claims.put("iss", issuer());
            claims.put("aud", List.of(AUDIENCE));
            claims.put("sub", "user-" + UUID.randomUUID());
            claims.put("client_id", "test-client");
            claims.put("scope", scope);
        }

        public Token claim(String name, Object value) {
            claims.put(name, value);
            return this;
        }

        public Token patient(String patientId) {
            return claim("patient", patientId);
        }

        public Token fhirUser(String reference) {
            return claim("fhirUser", reference);
        }

        public Token orgnr(String organisasjonsnummer) {
            return claim("orgnr", organisasjonsnummer);
        }

        public Token clientId(String clientId) {
            return claim("client_id", clientId);
        }

        /** How long the token is valid (30 minutes unless said): a long run's token must outlive it. */
        public Token lifetime(Duration validFor) {
            lifetime = validFor;
            return this;
        }

        public Token expiredSince(Duration ago) {
            issuedAt = Instant.now().minus(ago).minus(lifetime);
            return this;
        }

        public Token notBefore(Instant notBefore) {
            return claim("nbf", Date.from(notBefore));
        }

        public Token forged() {
            forged = true;
            return this;
        }

        public String sign() {
            JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder()
                    .issueTime(Date.from(issuedAt))
                    .expirationTime(Date.from(issuedAt.plus(lifetime)))
                    .jwtID(UUID.randomUUID().toString());
            claims.forEach(builder::claim);
            RSAKey key = forged ? foreignKey : signingKey;
            SignedJWT jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.RS256)
                            .keyID(key.getKeyID())
                            .build(),
                    builder.build());
            try {
                jwt.sign(new RSASSASigner(key));
            } catch (JOSEException e) {
                throw new IllegalStateException(e);
            }
            return jwt.serialize();
        }
    }
}
