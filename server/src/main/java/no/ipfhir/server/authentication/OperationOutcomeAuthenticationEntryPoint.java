package no.ipfhir.server.authentication;

import ca.uhn.fhir.context.FhirContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import no.ipfhir.server.rest.HttpErrors;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * A request without a valid token gets 401 with the standard {@code WWW-Authenticate: Bearer} header
 * and, like every other refusal of this server, an OperationOutcome that says what to do. Each refusal is
 * published as {@link AuthenticationRefused}, for the audit trail.
 */
class OperationOutcomeAuthenticationEntryPoint implements AuthenticationEntryPoint {

    private final BearerTokenAuthenticationEntryPoint bearer = new BearerTokenAuthenticationEntryPoint();
    private final FhirContext fhirContext;
    private final ApplicationEventPublisher events;

    OperationOutcomeAuthenticationEntryPoint(FhirContext fhirContext, ApplicationEventPublisher events) {
        this.fhirContext = fhirContext;
        this.events = events;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        events.publishEvent(new AuthenticationRefused(
                request.getMethod(), request.getRequestURI(), request.getRemoteAddr(), failure.getMessage()));
        bearer.commence(request, response, failure);
        OperationOutcome outcome = new OperationOutcome();
        outcome.addIssue()
                .setSeverity(OperationOutcome.IssueSeverity.ERROR)
                .setCode(OperationOutcome.IssueType.LOGIN)
                .setDiagnostics(
                        "This server needs an OAuth2 bearer token (Authorization: Bearer <JWT>) from its issuer, "
                                + "signed, unexpired and issued for this server's audience. The token was missing or was refused: "
                                + failure.getMessage()
                                + ". See /fhir/.well-known/smart-configuration for where to get one.");
        HttpErrors.write(
                fhirContext,
                request.getHeader("Accept"),
                request.getParameter("_format"),
                HttpServletResponse.SC_UNAUTHORIZED,
                outcome,
                response);
    }
}
