package no.ipfhir.server.rest;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.stream.Collectors;
import no.ipfhir.server.config.ServerInterceptor;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.springframework.stereotype.Component;

/**
 * A refused request is an answer, not a failure of the server: it is logged in one line at INFO with
 * the status, the request and the rule (the OperationOutcome's first issue and its element), never
 * with a stack trace. HAPI logs the same refusal twice on its own: its interceptor service at ERROR
 * with the stack trace (when an interceptor refused), its exception handler at WARN as "Failure during
 * REST processing". Those events are dropped here for 4xx answers only, so a failure (5xx, or an
 * exception that is not a FHIR answer) is still logged in full.
 */
@Interceptor
@Component
public class RefusalLog implements ServerInterceptor {

    private static final Logger log = LoggerFactory.getLogger(RefusalLog.class);
    static final String HAPI_INTERCEPTOR_SERVICE = "ca.uhn.fhir.interceptor.executor.BaseInterceptorService";
    static final String HAPI_EXCEPTION_HANDLER = "ca.uhn.fhir.rest.server.interceptor.ExceptionHandlingInterceptor";

    public RefusalLog() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext logback) {
            logback.addTurboFilter(new RefusalsWithoutStackTrace());
        }
    }

    @Hook(Pointcut.SERVER_HANDLE_EXCEPTION)
    public boolean refused(
            RequestDetails request,
            BaseServerResponseException refusal,
            HttpServletRequest servletRequest,
            HttpServletResponse servletResponse) {
        if (refusal.getStatusCode() < 500) {
            log.info(
                    "Refused {} {}: {} {}",
                    servletRequest.getMethod(),
                    request.getCompleteUrl(),
                    refusal.getStatusCode(),
                    rule(refusal));
        }
        return true;
    }

    private static String rule(BaseServerResponseException refusal) {
        if (refusal.getOperationOutcome() instanceof OperationOutcome outcome && outcome.hasIssue()) {
            OperationOutcome.OperationOutcomeIssueComponent issue = outcome.getIssueFirstRep();
            String where = issue.getExpression().stream().map(e -> e.getValue()).collect(Collectors.joining(", "));
            String what = issue.getDetails().hasText() ? issue.getDetails().getText() : issue.getDiagnostics();
            return (where.isEmpty() ? "" : "[" + where + "] ")
                    + what
                    + (outcome.getIssue().size() > 1
                            ? " (and " + (outcome.getIssue().size() - 1) + " more issues)"
                            : "");
        }
        return refusal.getMessage();
    }

    /** Drops HAPI's own log events for exceptions that are 4xx FHIR answers. */
    static final class RefusalsWithoutStackTrace extends TurboFilter {
        @Override
        public FilterReply decide(
                Marker marker,
                ch.qos.logback.classic.Logger logger,
                Level level,
                String format,
                Object[] params,
                Throwable thrown) {
            if (logger == null) {
                return FilterReply.NEUTRAL;
            }
            if (HAPI_EXCEPTION_HANDLER.equals(logger.getName())) {
                // It logs 4xx answers at WARN, one line without the throwable, and failures at ERROR.
                return level != null && level.isGreaterOrEqual(Level.ERROR) ? FilterReply.NEUTRAL : FilterReply.DENY;
            }
            if (!HAPI_INTERCEPTOR_SERVICE.equals(logger.getName())) {
                return FilterReply.NEUTRAL;
            }
            Throwable cause = thrown;
            if (cause == null
                    && params != null
                    && params.length > 0
                    && params[params.length - 1] instanceof Throwable last) {
                cause = last;
            }
            return cause instanceof BaseServerResponseException answer && answer.getStatusCode() < 500
                    ? FilterReply.DENY
                    : FilterReply.NEUTRAL;
        }
    }
}
