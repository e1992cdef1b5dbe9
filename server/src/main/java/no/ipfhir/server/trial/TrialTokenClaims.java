package no.ipfhir.server.trial;

import ca.uhn.fhir.jpa.searchparam.SearchParameterMap;
import ca.uhn.fhir.rest.param.TokenParam;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import no.ipfhir.server.authentication.SecurityMode;
import no.ipfhir.server.kernel.IpCodes;
import no.ipfhir.server.kernel.SystemReader;
import no.ipfhir.server.trial.TrialUsers.Role;
import no.ipfhir.server.trial.TrialUsers.TrialUser;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.RelatedPerson;
import org.springframework.context.annotation.Conditional;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AccessTokenAuthenticationContext;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AccessTokenAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.oauth2.server.authorization.web.authentication.OAuth2AccessTokenResponseAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * The claims the resource server reads ({@code authentication/CallerResolver}), for whoever logged in:
 * a patient gets {@code patient} and {@code fhirUser} = their Patient; a relative {@code fhirUser} = their
 * RelatedPerson and {@code patient} = whose relative they are; the koordinator {@code fhirUser} = their
 * Practitioner and {@code orgnr}; the leader only {@code orgnr} and, whatever the client asked for, no
 * scope beyond the analytics scope {@code user/Measure.rs}. The ids are looked up by the person's identifier at login, so they
 * are the ids this server gave the seeded example plans. The SMART token response also names the
 * {@code patient} in context. The ID token names the user ({@code fhirUser}), their {@code orgnr}
 * and, for the leader, the {@code kommunenummer} of the municipality the organisation is part of, which
 * the styringsdata page opens at.
 */
@Component
@Conditional(TrialIssuerCondition.class)
public class TrialTokenClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

    /** The claims an ID token carries besides OpenID's own: for the app to greet and place the user. */
    private static final Set<String> ID_TOKEN_CLAIMS = Set.of("fhirUser", "orgnr", "kommunenummer");

    private static final String KOMMUNENUMMER = "https://register.geonorge.no/sosi-kodelister/kommunenummer";

    private final SystemReader reader;

    public TrialTokenClaims(SystemReader reader) {
        this.reader = reader;
    }

    @Override
    public void customize(JwtEncodingContext context) {
        boolean accessToken = OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType());
        boolean idToken =
                OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue());
        if (accessToken) {
            context.getClaims()
                    .audience(List.of(SecurityMode.TRIAL_AUDIENCE))
                    .claim("client_id", context.getRegisteredClient().getClientId());
        }
        if (!(accessToken || idToken)
                || AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
            return;
        }
        Authentication principal = context.getPrincipal();
        TrialUsers.byUsername(principal.getName()).ifPresent(user -> {
            userClaims(user).forEach((name, value) -> {
                if (accessToken ? !name.equals("kommunenummer") : ID_TOKEN_CLAIMS.contains(name)) {
                    context.getClaims().claim(name, value);
                }
            });
            if (idToken) {
                context.getClaims().claim("name", user.name());
            }
            if (accessToken && user.role() == Role.LEDER) {
                Set<String> analytics = new TreeSet<>(context.getAuthorizedScopes());
                analytics.retainAll(TrialIssuerConfig.STYRINGSDATA_SCOPES);
                context.getClaims().claim(OAuth2ParameterNames.SCOPE, analytics);
            }
        });
    }

    Map<String, Object> userClaims(TrialUser user) {
        Map<String, Object> claims = new HashMap<>();
        Optional<IBaseResource> person = user.resourceType() == null
                ? Optional.empty()
                : find(user.resourceType(), user.identifierSystem(), user.identifierValue());
        person.ifPresent(found -> {
            String id = found.getIdElement().getIdPart();
            claims.put("fhirUser", user.resourceType() + "/" + id);
            switch (user.role()) {
                case PATIENT -> claims.put("patient", id);
                case RELATIVE -> {
                    RelatedPerson relative = (RelatedPerson) found;
                    if (relative.hasPatient()) {
                        claims.put(
                                "patient",
                                relative.getPatient().getReferenceElement().getIdPart());
                    }
                }
                case KOORDINATOR, LEDER -> {}
            }
        });
        if (user.organisationNumber() != null) {
            claims.put("orgnr", user.organisationNumber());
        }
        if (user.role() == Role.LEDER) {
            municipalityOf(user.organisationNumber()).ifPresent(number -> claims.put("kommunenummer", number));
        }
        return claims;
    }

    /** The kommunenummer of the organisation or of the first organisation above it that has one. */
    private Optional<String> municipalityOf(String organisationNumber) {
        Optional<Organization> organisation = find("Organization", IpCodes.ORGANISASJONSNUMMER, organisationNumber)
                .map(Organization.class::cast);
        for (int level = 0; level < 5 && organisation.isPresent(); level++) {
            Optional<String> number = organisation.get().getIdentifier().stream()
                    .filter(identifier -> KOMMUNENUMMER.equals(identifier.getSystem()))
                    .map(Identifier::getValue)
                    .findFirst();
            if (number.isPresent()) {
                return number;
            }
            organisation = reader.read(organisation.get().getPartOf(), Organization.class);
        }
        return Optional.empty();
    }

    private Optional<IBaseResource> find(String type, String system, String value) {
        return reader
                .search(type, SearchParameterMap.newSynchronous().add("identifier", new TokenParam(system, value)))
                .stream()
                .findFirst();
    }

    /** SMART's token response carries the launch context: the patient the token is about. */
    AuthenticationSuccessHandler tokenResponse() {
        OAuth2AccessTokenResponseAuthenticationSuccessHandler handler =
                new OAuth2AccessTokenResponseAuthenticationSuccessHandler();
        handler.setAccessTokenResponseCustomizer(TrialTokenClaims::addPatientContext);
        return handler;
    }

    private static void addPatientContext(OAuth2AccessTokenAuthenticationContext context) {
        OAuth2AccessTokenAuthenticationToken issued = context.getAuthentication();
        String token = issued.getAccessToken().getTokenValue();
        try {
            Object patient = SignedJWT.parse(token).getJWTClaimsSet().getClaim("patient");
            if (patient != null) {
                Map<String, Object> parameters = new HashMap<>(issued.getAdditionalParameters());
                parameters.put("patient", patient);
                context.getAccessTokenResponse().additionalParameters(parameters);
            }
        } catch (ParseException notAJwt) {
            // Only this issuer's own JWTs reach here; nothing to add to anything else.
        }
    }
}
