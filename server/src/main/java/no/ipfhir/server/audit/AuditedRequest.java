package no.ipfhir.server.audit;

import ca.uhn.fhir.rest.api.RestOperationTypeEnum;
import java.util.Set;
import no.ipfhir.server.authentication.Caller;

/**
 * One finished request, as the audit trail records it.
 *
 * @param resourceId the resource addressed ({@code CarePlan/123}), or null for searches and transactions
 * @param status the HTTP status it ended with
 * @param failure why it was refused or failed, or null
 * @param patients {@code Patient/…} references whose data it touched or tried to
 */
public record AuditedRequest(
        Caller caller,
        RestOperationTypeEnum operation,
        String url,
        String resourceId,
        String resourceType,
        String remoteAddress,
        int status,
        String failure,
        Set<String> patients) {}
