package no.ipfhir.server.rest;

import ca.uhn.fhir.context.FhirContext;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Spring's error page ({@code /error}, where Tomcat and Spring send every error outside the FHIR
 * servlet: unknown paths, wrong methods, requests Spring Security's firewall rejects) answers a FHIR
 * OperationOutcome instead of Spring Boot's HTML or JSON error page.
 */
@RestController
public class OperationOutcomeErrorController implements ErrorController {

    private final FhirContext fhirContext;

    public OperationOutcomeErrorController(FhirContext fhirContext) {
        this.fhirContext = fhirContext;
    }

    @RequestMapping("/error")
    public void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer value && value >= 400 ? value : 404;
        Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String detail = path == null ? null : request.getMethod() + " " + path;
        HttpErrors.write(
                fhirContext, request.getHeader("Accept"), null, status, HttpErrors.outcome(status, detail), response);
    }
}
