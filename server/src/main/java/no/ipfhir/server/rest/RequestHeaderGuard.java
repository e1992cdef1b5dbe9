package no.ipfhir.server.rest;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.Constants;
import ca.uhn.fhir.rest.api.EncodingEnum;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.UnclassifiedServerFailureException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.regex.Pattern;
import no.ipfhir.server.config.ServerInterceptor;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.springframework.stereotype.Component;

/**
 * Headers HAPI would trip over later with a server error: an {@code If-Match} that is not an ETag
 * of a version ({@code W/"3"}), and a body in a FHIR format this server does not read (Turtle).
 */
@Interceptor
@Component
public class RequestHeaderGuard implements ServerInterceptor {

    private static final Pattern VERSION_ETAG = Pattern.compile("(W/)?\"?[0-9]{1,18}\"?");

    @Hook(Pointcut.SERVER_INCOMING_REQUEST_PRE_PROCESSED)
    public boolean check(HttpServletRequest request) {
        String ifMatch = request.getHeader(Constants.HEADER_IF_MATCH);
        if (ifMatch != null && !VERSION_ETAG.matcher(ifMatch.trim()).matches()) {
            String rule = "If-Match '" + ifMatch + "' is not the ETag of a version.";
            throw new InvalidRequestException(
                    rule,
                    Outcomes.error(
                            IssueType.INVALID,
                            "If-Match",
                            rule,
                            "Send the ETag the server gave for the version you changed, e.g. W/\"3\"."));
        }
        String contentType = request.getHeader(Constants.HEADER_CONTENT_TYPE);
        if (contentType != null && EncodingEnum.forContentType(contentType) == EncodingEnum.RDF) {
            String rule = "The body is declared as " + contentType
                    + " (Content-Type); this server reads FHIR JSON and XML only.";
            throw new UnclassifiedServerFailureException(
                    415,
                    rule,
                    Outcomes.error(
                            IssueType.NOTSUPPORTED,
                            null,
                            rule,
                            "Send it as application/fhir+json or application/fhir+xml."));
        }
        return true;
    }
}
