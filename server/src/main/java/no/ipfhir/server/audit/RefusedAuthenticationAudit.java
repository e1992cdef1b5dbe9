package no.ipfhir.server.audit;

import ca.uhn.fhir.rest.api.RestOperationTypeEnum;
import java.util.List;
import java.util.Set;
import no.ipfhir.server.authentication.AuthenticationRefused;
import no.ipfhir.server.authentication.Caller;
import no.ipfhir.server.authentication.SmartScopes;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records a request refused for want of a valid token (401) in the audit trail: method, path (without the
 * query), network address and the reason, with no patient — so it lands in no patient's trail, and is read
 * by the operators' back ends only.
 */
@Component
public class RefusedAuthenticationAudit {

    private static final Caller UNAUTHENTICATED =
            new Caller(Caller.Kind.NONE, new SmartScopes(List.of()), null, null, null, null, Set.of(), Set.of());

    private final AuditEventWriter writer;

    public RefusedAuthenticationAudit(AuditEventWriter writer) {
        this.writer = writer;
    }

    @EventListener
    public void refused(AuthenticationRefused refused) {
        writer.record(new AuditedRequest(
                UNAUTHENTICATED,
                operation(refused),
                refused.path(),
                null,
                null,
                refused.remoteAddress(),
                401,
                "Authentication refused: " + refused.reason(),
                Set.of()));
    }

    /** The interaction as far as the method and the path's shape tell it, without asking HAPI. */
    private static RestOperationTypeEnum operation(AuthenticationRefused refused) {
        String[] segments = refused.path().replaceFirst("^/+fhir/*", "").split("/");
        boolean base = segments.length == 0 || segments[0].isEmpty();
        return switch (refused.method() == null ? "GET" : refused.method()) {
            case "POST" -> base ? RestOperationTypeEnum.TRANSACTION : RestOperationTypeEnum.CREATE;
            case "PUT" -> RestOperationTypeEnum.UPDATE;
            case "PATCH" -> RestOperationTypeEnum.PATCH;
            case "DELETE" -> RestOperationTypeEnum.DELETE;
            default -> segments.length == 2 ? RestOperationTypeEnum.READ : RestOperationTypeEnum.SEARCH_TYPE;
        };
    }
}
