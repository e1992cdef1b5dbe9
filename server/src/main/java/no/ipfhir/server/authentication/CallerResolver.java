package no.ipfhir.server.authentication;

import ca.uhn.fhir.rest.api.server.RequestDetails;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import no.ipfhir.server.authentication.Caller.Kind;
import no.ipfhir.server.authentication.SmartScope.Context;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;

/** Turns the token Spring Security validated for this request into a {@link Caller}. */
@Component
public class CallerResolver {

    private static final String USER_DATA_KEY = Caller.class.getName();

    private final SecurityMode mode;
    private final SecurityProperties properties;
    private final Set<String> trustedBackEnds;

    public CallerResolver(SecurityMode mode, SecurityProperties properties) {
        this.mode = mode;
        this.properties = properties;
        Set<String> trusted = new java.util.LinkedHashSet<>(properties.trustedBackEnds());
        if (mode.trialIssuer()) {
            // The trial issuer's own back end, for the README's tour on synthetic data.
            trusted.add(SecurityMode.TRIAL_BACKEND_CLIENT);
        }
        this.trustedBackEnds = Set.copyOf(trusted);
    }

    public Caller caller(RequestDetails request) {
        Object cached = request.getUserData().get(USER_DATA_KEY);
        if (cached instanceof Caller caller) {
            return caller;
        }
        Caller caller = resolve();
        request.getUserData().put(USER_DATA_KEY, caller);
        return caller;
    }

    private Caller resolve() {
        if (!mode.enabled()) {
            return Caller.OPEN;
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!(authentication instanceof JwtAuthenticationToken token)) {
            return new Caller(Kind.NONE, new SmartScopes(List.of()), null, null, null, null, Set.of(), Set.of());
        }
        return fromJwt(token.getToken());
    }

    Caller fromJwt(Jwt jwt) {
        SmartScopes scopes = SmartScopes.parse(scopes(jwt));
        String patient = jwt.getClaimAsString("patient");
        String fhirUser = typeAndId(jwt.getClaimAsString("fhirUser"));
        Set<String> orgnr = claimValues(jwt, properties.organisationNumberClaims());
        Set<String> herIds = claimValues(jwt, properties.herIdClaims());
        String clientId = jwt.hasClaim("client_id") ? jwt.getClaimAsString("client_id") : jwt.getClaimAsString("azp");
        Kind kind = kind(scopes, patient, fhirUser, orgnr, herIds);
        if (kind == Kind.BACKEND && (clientId == null || !trustedBackEnds.contains(clientId))) {
            // A token with system/ scopes and no organisation would reach every patient: only for listed back ends.
            kind = Kind.NONE;
        }
        return new Caller(kind, scopes, jwt.getSubject(), clientId, patient, fhirUser, orgnr, herIds);
    }

    private static Kind kind(
            SmartScopes scopes, String patient, String fhirUser, Set<String> orgnr, Set<String> herIds) {
        boolean relative = fhirUser != null && fhirUser.startsWith("RelatedPerson/");
        if (relative && (scopes.has(Context.PATIENT) || scopes.has(Context.USER))) {
            return Kind.RELATIVE;
        }
        if (scopes.has(Context.PATIENT)) {
            return patient == null || patient.isBlank() ? Kind.NONE : Kind.PATIENT;
        }
        if ((scopes.has(Context.USER) || scopes.has(Context.SYSTEM)) && !(orgnr.isEmpty() && herIds.isEmpty())) {
            return Kind.ORGANISATION;
        }
        if (scopes.has(Context.SYSTEM)) {
            return Kind.BACKEND;
        }
        return Kind.NONE;
    }

    private static Collection<String> scopes(Jwt jwt) {
        Object scope = jwt.getClaims().get("scope");
        if (scope == null) {
            scope = jwt.getClaims().get("scp");
        }
        if (scope instanceof String text) {
            return List.of(text.trim().split("\\s+"));
        }
        if (scope instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).toList();
        }
        return List.of();
    }

    private static Set<String> claimValues(Jwt jwt, List<String> names) {
        Set<String> values = new LinkedHashSet<>();
        for (String name : names) {
            Object value = jwt.getClaims().get(name);
            if (value instanceof Collection<?> many) {
                many.forEach(v -> values.add(String.valueOf(v)));
            } else if (value != null && !String.valueOf(value).isBlank()) {
                values.add(String.valueOf(value));
            }
        }
        return values;
    }

    /** {@code fhirUser} may be an absolute URL; only its last {@code Type/id} matters here. */
    private static String typeAndId(String fhirUser) {
        if (fhirUser == null || fhirUser.isBlank()) {
            return null;
        }
        String[] parts = fhirUser.split("/");
        return parts.length < 2 ? null : parts[parts.length - 2] + "/" + parts[parts.length - 1];
    }
}
