package no.ipfhir.server.rest;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.rest.api.Constants;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.PayloadTooLargeException;
import ca.uhn.fhir.rest.server.exceptions.PreconditionFailedException;
import ca.uhn.fhir.rest.server.exceptions.ResourceVersionConflictException;
import ca.uhn.fhir.rest.server.exceptions.UnclassifiedServerFailureException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;
import java.util.function.Predicate;
import no.ipfhir.server.config.ServerInterceptor;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.springframework.stereotype.Component;

/**
 * Gives failures that HAPI would answer with 500 the status they deserve, each with an
 * OperationOutcome that says what to do:
 * <ul>
 *   <li>input that broke the parser or the storage layer in a way HAPI does not check itself (a
 *       reference cycle or nesting that overflows the stack, a value of the wrong JSON type, a
 *       search condition that cannot be evaluated): 400;</li>
 *   <li>a write that lost a race with another one on the same resource: 409, or 412 when the
 *       client stated the version it expected with {@code If-Match};</li>
 *   <li>a request that found the database away (refusing connections, restarting, no connection free within
 *       {@code fhir.db.connection-timeout}): 503 with {@code Retry-After}, since the same request will succeed
 *       once the database is back; nothing of it was stored.</li>
 * </ul>
 * Any other 500 stays a 500: it is a fault of this server, not of the request.
 */
@Interceptor
@Component
public class FailureOutcomes implements ServerInterceptor {

    /** PostgreSQL: serialization failure, deadlock. */
    private static final Set<String> CONFLICT_SQL_STATES = Set.of("40001", "40P01");
    /** PostgreSQL: the server is shutting down, crashed, or is starting up (class 08, connection exceptions, apart). */
    private static final Set<String> UNAVAILABLE_SQL_STATES = Set.of("57P01", "57P02", "57P03");

    static final String RETRY_AFTER_SECONDS = "5";

    @Hook(Pointcut.SERVER_PRE_PROCESS_OUTGOING_EXCEPTION)
    public BaseServerResponseException map(RequestDetails request, Throwable thrown) {
        boolean versioned = request != null && request.getHeader(Constants.HEADER_IF_MATCH) != null;
        if (versioned && (thrown instanceof ResourceVersionConflictException || isConcurrentWrite(thrown))) {
            String rule = "The resource was changed by someone else after the version named in If-Match ("
                    + request.getHeader(Constants.HEADER_IF_MATCH) + ").";
            return new PreconditionFailedException(
                    rule,
                    Outcomes.error(
                            IssueType.CONFLICT,
                            null,
                            rule,
                            "Read the current version, apply your change to it and send it with that version's ETag in If-Match."));
        }
        if (thrown instanceof BaseServerResponseException answered && answered.getStatusCode() < 500) {
            return null;
        }
        if (cause(thrown, PayloadTooLargeException.class::isInstance) instanceof PayloadTooLargeException tooLarge) {
            return tooLarge;
        }
        if (isDatabaseAway(thrown)) {
            String rule = "The database is not reachable at the moment; nothing of this request was stored.";
            UnclassifiedServerFailureException unavailable = new UnclassifiedServerFailureException(
                    503,
                    rule,
                    Outcomes.error(
                            IssueType.TRANSIENT,
                            null,
                            rule,
                            "Send the same request again in a few seconds (see Retry-After)."));
            unavailable.addResponseHeader("Retry-After", RETRY_AFTER_SECONDS);
            return unavailable;
        }
        if (isConcurrentWrite(thrown)) {
            String rule = "The resource was changed by another request at the same moment.";
            return new ResourceVersionConflictException(
                    rule,
                    null,
                    Outcomes.error(IssueType.CONFLICT, null, rule, "Read it again and repeat your change."));
        }
        if (has(thrown, StackOverflowError.class::isInstance)) {
            String rule = "The request is nested too deeply, or refers to itself in a cycle, for this server to read.";
            return new InvalidRequestException(
                    rule,
                    Outcomes.error(
                            IssueType.TOOCOSTLY,
                            null,
                            rule,
                            "Remove the cycle of references (e.g. a resource whose reference points at itself) or flatten the nesting."));
        }
        if (has(thrown, ClassCastException.class::isInstance)) {
            String rule = "The request uses a search parameter or condition in a form this server cannot evaluate"
                    + " (e.g. a modifier or chain the parameter does not take).";
            return new InvalidRequestException(
                    rule,
                    Outcomes.error(
                            IssueType.NOTSUPPORTED,
                            null,
                            rule,
                            "Use the parameter as the CapabilityStatement describes it, or search by identifier."));
        }
        Throwable bad = cause(
                thrown,
                t -> t instanceof DataFormatException
                        || t instanceof IllegalArgumentException
                        || named(t, "org.hl7.fhir.exceptions.FHIRFormatError", "com.google.gson.JsonParseException"));
        if (bad != null) {
            String rule = "The request could not be read: " + message(bad);
            return new InvalidRequestException(
                    rule,
                    Outcomes.error(IssueType.INVALID, null, rule, "Correct the element named and send it again."));
        }
        return null;
    }

    static boolean isDatabaseAway(Throwable thrown) {
        return has(
                thrown,
                t -> t instanceof SQLTransientConnectionException
                        || t instanceof SQLException sql
                                && sql.getSQLState() != null
                                && (sql.getSQLState().startsWith("08")
                                        || UNAVAILABLE_SQL_STATES.contains(sql.getSQLState()))
                        || isEvictedConnection(t)
                        || named(
                                t,
                                "org.hibernate.exception.JDBCConnectionException",
                                "org.springframework.dao.DataAccessResourceFailureException",
                                "org.springframework.transaction.CannotCreateTransactionException"));
    }

    /**
     * HikariCP's answer on a connection it has already evicted as broken (e.g. after PostgreSQL's 57P01 "terminating
     * connection due to administrator command"): an SQLException without SQLState. Seen when the rollback of a
     * transaction whose connection died replaces the original failure; nothing of that transaction was committed.
     */
    private static boolean isEvictedConnection(Throwable t) {
        return t instanceof SQLException sql
                && sql.getSQLState() == null
                && "Connection is closed".equals(sql.getMessage());
    }

    private static boolean isConcurrentWrite(Throwable thrown) {
        return has(
                thrown,
                t -> named(
                                t,
                                "org.hibernate.StaleStateException",
                                "jakarta.persistence.OptimisticLockException",
                                "org.springframework.dao.OptimisticLockingFailureException",
                                "org.springframework.dao.PessimisticLockingFailureException",
                                "org.hibernate.PessimisticLockException")
                        || t instanceof SQLException sql
                                && sql.getSQLState() != null
                                && CONFLICT_SQL_STATES.contains(sql.getSQLState()));
    }

    /** Whether the class of the throwable, or one of its superclasses, has one of these names (some are optional on the classpath). */
    private static boolean named(Throwable thrown, String... classNames) {
        Set<String> names = Set.of(classNames);
        for (Class<?> type = thrown.getClass(); type != null; type = type.getSuperclass()) {
            if (names.contains(type.getName())) {
                return true;
            }
        }
        return false;
    }

    private static boolean has(Throwable thrown, Predicate<Throwable> test) {
        return cause(thrown, test) != null;
    }

    private static Throwable cause(Throwable thrown, Predicate<Throwable> test) {
        int depth = 0;
        for (Throwable t = thrown; t != null && depth < 50; t = t.getCause(), depth++) {
            if (test.test(t)) {
                return t;
            }
            for (Throwable suppressed : t.getSuppressed()) {
                if (test.test(suppressed)) {
                    return suppressed;
                }
            }
        }
        return null;
    }

    private static String message(Throwable thrown) {
        String message = thrown.getMessage() == null ? thrown.getClass().getSimpleName() : thrown.getMessage();
        return message.length() > 500 ? message.substring(0, 500) + "…" : message;
    }
}
