package no.ipfhir.server.rest;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;

/**
 * Writes an error that never reached HAPI (Tomcat's, Spring's, Spring Security's) as a FHIR
 * OperationOutcome, in XML when the client asks for XML ({@code Accept} or {@code _format}) and
 * otherwise in JSON, so that a FHIR client can read every error this server gives.
 */
public final class HttpErrors {

    private HttpErrors() {}

    public static void write(
            FhirContext fhirContext,
            String accept,
            String format,
            int status,
            OperationOutcome outcome,
            HttpServletResponse response)
            throws IOException {
        Encoded encoded = encode(fhirContext, accept, format, outcome);
        response.setStatus(status);
        response.setCharacterEncoding("UTF-8");
        response.setContentType(encoded.contentType());
        PrintWriter writer = response.getWriter();
        writer.write(encoded.body());
        writer.flush();
    }

    public record Encoded(String contentType, String body) {}

    public static Encoded encode(FhirContext fhirContext, String accept, String format, OperationOutcome outcome) {
        boolean xml = wantsXml(accept, format);
        IParser parser = xml ? fhirContext.newXmlParser() : fhirContext.newJsonParser();
        return new Encoded(
                (xml ? "application/fhir+xml" : "application/fhir+json") + ";charset=UTF-8",
                parser.setPrettyPrint(true).encodeResourceToString(outcome));
    }

    static boolean wantsXml(String accept, String format) {
        if (format != null && !format.isBlank()) {
            return format.toLowerCase(Locale.ROOT).contains("xml");
        }
        if (accept == null) {
            return false;
        }
        String lower = accept.toLowerCase(Locale.ROOT);
        return lower.contains("xml") && !lower.contains("json");
    }

    /** The outcome of an HTTP status with no more specific cause: what the status means for the client. */
    public static OperationOutcome outcome(int status, String detail) {
        String rule =
                switch (status) {
                    case 400 -> "The request is not a valid HTTP request for this server.";
                    case 401 -> "The request needs an OAuth2 bearer token.";
                    case 403 -> "The request is not allowed.";
                    case 404 -> "There is nothing at this address.";
                    case 405 -> "This address does not accept that HTTP method.";
                    case 406 -> "The server cannot answer in the format the Accept header asks for.";
                    case 413 -> "The request is too large.";
                    case 415 -> "The server does not accept that Content-Type.";
                    default -> status >= 500 ? "The server failed to handle the request." : "The request was refused.";
                };
        String whatToDo =
                switch (status) {
                    case 400 -> "Encode reserved characters in the URL (a space as %20, % as %25) and check the request line and headers.";
                    case 404 -> "The FHIR endpoint is /fhir (CapabilityStatement at /fhir/metadata); the guide is at /ig/.";
                    case 405 -> "See /fhir/metadata for the interactions this server supports.";
                    default -> null;
                };
        IssueType type =
                switch (status) {
                    case 401 -> IssueType.LOGIN;
                    case 403 -> IssueType.FORBIDDEN;
                    case 404 -> IssueType.NOTFOUND;
                    case 405, 406, 415 -> IssueType.NOTSUPPORTED;
                    case 413 -> IssueType.TOOCOSTLY;
                    default -> status >= 500 ? IssueType.EXCEPTION : IssueType.INVALID;
                };
        String withDetail = detail == null || detail.isBlank() ? rule : rule + " (" + detail + ")";
        return Outcomes.error(type, null, withDetail, whatToDo);
    }
}
