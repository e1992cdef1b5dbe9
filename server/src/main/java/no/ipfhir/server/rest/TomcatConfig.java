package no.ipfhir.server.rest;

import ca.uhn.fhir.context.FhirContext;
import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Tomcat as FHIR clients need it. FHIR writes a token search {@code system|value}, and clients send
 * {@code |} (and some {@code [ ]}, {@code { }}) unencoded in the query, which Tomcat refuses unless it
 * is told to accept them. What Tomcat still refuses itself, before any servlet, is answered as an
 * OperationOutcome by the host's error report valve rather than Tomcat's HTML page.
 */
@Component
public class TomcatConfig implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    /** Characters RFC 3986 reserves that FHIR clients send raw in query strings. */
    static final String RELAXED_QUERY_CHARS = "|[]{}^`\"<>\\";

    private final FhirContext fhirContext;

    public TomcatConfig(FhirContext fhirContext) {
        this.fhirContext = fhirContext;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addConnectorCustomizers(connector -> connector.setProperty("relaxedQueryChars", RELAXED_QUERY_CHARS));
        // Runs after Spring Boot's own customizer, which puts a plain ErrorReportValve on the host; the
        // host adds one of its errorReportValveClass when it starts unless one is there already.
        factory.addContextCustomizers(context -> {
            ((StandardHost) context.getParent())
                    .setErrorReportValveClass(OperationOutcomeErrorReportValve.class.getName());
            var pipeline = context.getParent().getPipeline();
            for (Valve valve : pipeline.getValves()) {
                if (valve instanceof ErrorReportValve) {
                    pipeline.removeValve(valve);
                }
            }
            pipeline.addValve(new OperationOutcomeErrorReportValve(fhirContext));
        });
    }

    static final class OperationOutcomeErrorReportValve extends ErrorReportValve {

        private static final Logger log = LoggerFactory.getLogger(OperationOutcomeErrorReportValve.class);
        private final FhirContext fhirContext;

        OperationOutcomeErrorReportValve(FhirContext fhirContext) {
            this.fhirContext = fhirContext;
        }

        @Override
        protected void report(Request request, Response response, Throwable failure) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            AtomicBoolean ioAllowed = new AtomicBoolean(false);
            response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
            if (!ioAllowed.get()) {
                return;
            }
            String detail = failure == null ? response.getMessage() : failure.getMessage();
            HttpErrors.Encoded encoded = HttpErrors.encode(
                    fhirContext, request.getHeader("Accept"), null, HttpErrors.outcome(status, detail));
            try {
                response.setContentType(encoded.contentType());
                Writer writer = response.getReporter();
                if (writer != null) {
                    writer.write(encoded.body());
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException e) {
                log.debug("Could not write the OperationOutcome for HTTP {}", status, e);
            }
        }
    }
}
