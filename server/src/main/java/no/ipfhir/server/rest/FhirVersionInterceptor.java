package no.ipfhir.server.rest;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.Constants;
import ca.uhn.fhir.rest.server.exceptions.UnclassifiedServerFailureException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.ipfhir.server.config.ServerInterceptor;
import org.springframework.stereotype.Component;

/**
 * This server speaks FHIR R4 (4.0) only. A client that states another version with the
 * {@code fhirVersion} MIME-type parameter is told so (415 for a body, 406 for a wanted response)
 * instead of having its resource read as R4 by accident.
 */
@Interceptor
@Component
public class FhirVersionInterceptor implements ServerInterceptor {

    private static final Pattern FHIR_VERSION = Pattern.compile("fhirversion\\s*=\\s*\"?([0-9.]+)");
    private static final String SUPPORTED = "4.0";

    @Hook(Pointcut.SERVER_INCOMING_REQUEST_PRE_PROCESSED)
    public boolean rejectOtherFhirVersions(HttpServletRequest request) {
        String contentType = request.getHeader(Constants.HEADER_CONTENT_TYPE);
        String stated = statedVersion(contentType);
        if (stated != null) {
            throw refusal(
                    415,
                    "The request body is declared as FHIR " + stated + " (Content-Type: " + contentType
                            + "), but this server accepts FHIR R4 only. Send the resource as FHIR R4 with fhirVersion=4.0 or no fhirVersion.");
        }
        for (String accept : Collections.list(request.getHeaders(Constants.HEADER_ACCEPT))) {
            stated = statedVersion(accept);
            if (stated != null) {
                throw refusal(
                        406,
                        "The response was asked for as FHIR " + stated + " (Accept: " + accept
                                + "), but this server answers in FHIR R4 only. Ask for fhirVersion=4.0 or no fhirVersion.");
            }
        }
        return true;
    }

    /** The version a MIME type states, when it states one other than R4; otherwise null. */
    private static String statedVersion(String mimeType) {
        if (mimeType == null) {
            return null;
        }
        Matcher matcher = FHIR_VERSION.matcher(mimeType.toLowerCase(Locale.ROOT));
        if (!matcher.find()) {
            return null;
        }
        String version = matcher.group(1);
        return version.equals(SUPPORTED) || version.startsWith(SUPPORTED + ".") ? null : version;
    }

    private static UnclassifiedServerFailureException refusal(int status, String message) {
        return new UnclassifiedServerFailureException(status, message);
    }
}
