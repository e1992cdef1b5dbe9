package no.ipfhir.server.authentication;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.RestOperationTypeEnum;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.interceptor.auth.AuthorizationConstants;
import java.util.Locale;
import java.util.Set;
import no.ipfhir.server.authentication.Caller.Kind;
import no.ipfhir.server.authentication.SmartScope.Permission;
import no.ipfhir.server.config.ServerInterceptor;
import org.hl7.fhir.r4.model.Bundle;
import org.springframework.stereotype.Component;

/**
 * The SMART scope each interaction needs, checked before anything is looked up: {@code r} to read,
 * {@code s} to search, {@code c}, {@code u}, {@code d} to create, update, delete, also for every entry
 * of a batch or transaction. Interactions that span all patients (system search, type and system
 * history, GraphQL, server operations) are for trusted back ends only. A refusal here does not
 * depend on what is stored, so it leaks nothing.
 */
@Interceptor
@Component
public class SmartScopeInterceptor implements ServerInterceptor {

    /**
     * Operations that change what they are called on: they need {@code u}, like an update.
     */
    private static final Set<String> WRITING_OPERATIONS = Set.of("$meta-add", "$meta-delete");

    /**
     * Operations that act on the whole database, whoever's data it is: only the administrative back ends
     * named in {@code fhir.security.admin-clients}.
     */
    private static final Set<String> ADMINISTRATIVE_OPERATIONS = Set.of(
            "$mark-all-resources-for-reindexing",
            "$get-resource-counts",
            "$hapi.fhir.replace-references",
            "$reindex",
            "$reindex-dryrun",
            "$expunge",
            "$meta",
            "$perform-database-partition-management");

    private final CallerResolver callers;
    private final Set<String> adminClients;

    public SmartScopeInterceptor(CallerResolver callers, SecurityProperties properties) {
        this.callers = callers;
        this.adminClients = Set.copyOf(properties.adminClients().stream()
                .filter(client -> !client.isBlank())
                .toList());
    }

    @Hook(
            value = Pointcut.SERVER_INCOMING_REQUEST_PRE_HANDLED,
            order = AuthorizationConstants.ORDER_AUTH_INTERCEPTOR - 1)
    public void requireScopes(RequestDetails request, RestOperationTypeEnum operation) {
        Caller caller = callers.caller(request);
        if (caller.kind() == Kind.OPEN || operation == RestOperationTypeEnum.METADATA) {
            return;
        }
        if (caller.kind() == Kind.NONE && caller.scopes().has(SmartScope.Context.SYSTEM)) {
            throw new ForbiddenOperationException("This token has system/ scopes and no organisation claim, which "
                    + "would reach every patient: that is trusted only for the back ends named in "
                    + "FHIR_SECURITY_SYSTEM_CLIENTS, and client '" + caller.clientId()
                    + "' is not one of them. An EHR's "
                    + "token names its organisation (orgnr or HER-id claim) and reaches the plans it takes part in.");
        }
        if (caller.kind() == Kind.NONE) {
            throw new ForbiddenOperationException("The token grants no access to this server. It needs SMART scopes: "
                    + "patient/… scopes with a 'patient' claim (patient apps), user/… or system/… scopes with an organisation "
                    + "claim (EHRs), or a 'fhirUser' naming a RelatedPerson (relatives).");
        }
        String type = request.getResourceName();
        if (isAdministrative(request, operation)) {
            requireAdministrator(caller);
            return;
        }
        switch (operation) {
            case READ, VREAD, HISTORY_INSTANCE -> require(caller, Permission.READ, type);
            case EXTENDED_OPERATION_INSTANCE, EXTENDED_OPERATION_TYPE -> require(
                    caller,
                    WRITING_OPERATIONS.contains(request.getOperation()) ? Permission.UPDATE : Permission.READ,
                    type);
            case SEARCH_TYPE -> require(caller, Permission.SEARCH, type);
            case CREATE -> require(caller, Permission.CREATE, type);
            case UPDATE, PATCH -> require(caller, Permission.UPDATE, type);
            case DELETE -> require(caller, Permission.DELETE, type);
            case TRANSACTION, BATCH -> {
                if (request.getResource() instanceof Bundle bundle) {
                    requireTransactionOrBatch(bundle);
                    bundle.getEntry().forEach(entry -> requireForEntry(caller, entry.getRequest()));
                }
            }
            case SEARCH_SYSTEM, HISTORY_SYSTEM, HISTORY_TYPE, GRAPHQL_REQUEST -> {
                if (!caller.unrestricted()) {
                    throw new ForbiddenOperationException(
                            "Searches and history across resource types or across all "
                                    + "patients are for system back ends only. Search one resource type instead, e.g. CarePlan?patient=….");
                }
            }
            default -> {
                // GET_PAGE and the rest: every resource returned is checked by PlanAuthorizationInterceptor.
            }
        }
    }

    /** Every server-level operation, and the administrative ones wherever they are called. */
    private static boolean isAdministrative(RequestDetails request, RestOperationTypeEnum operation) {
        return operation == RestOperationTypeEnum.EXTENDED_OPERATION_SERVER
                || ((operation == RestOperationTypeEnum.EXTENDED_OPERATION_TYPE
                                || operation == RestOperationTypeEnum.EXTENDED_OPERATION_INSTANCE)
                        && ADMINISTRATIVE_OPERATIONS.contains(request.getOperation())
                        && !(operation == RestOperationTypeEnum.EXTENDED_OPERATION_INSTANCE
                                && "$meta".equals(request.getOperation())));
    }

    private void requireAdministrator(Caller caller) {
        if (caller.kind() != Kind.BACKEND || caller.clientId() == null || !adminClients.contains(caller.clientId())) {
            throw new ForbiddenOperationException(
                    "Operations on the whole database (reindexing, resource counts, reference "
                            + "replacement, system $meta) are for the administrative back ends named in FHIR_SECURITY_ADMIN_CLIENTS "
                            + "only. A client reads and writes resources of the plans it takes part in.");
        }
    }

    /** Said here, before any access rule looks at the entries, so the client hears what is actually wrong. */
    private static void requireTransactionOrBatch(Bundle bundle) {
        Bundle.BundleType type = bundle.getType();
        if (type != Bundle.BundleType.TRANSACTION && type != Bundle.BundleType.BATCH) {
            throw new InvalidRequestException(
                    "A Bundle sent to the server base must be of type transaction or batch, not '"
                            + (type == null ? "(none)" : type.toCode())
                            + "'. To store a Bundle as a document or collection, "
                            + "POST it to /Bundle.");
        }
        for (int i = 0; i < bundle.getEntry().size(); i++) {
            Bundle.BundleEntryRequestComponent entry = bundle.getEntry().get(i).getRequest();
            if (!entry.hasMethod() || !entry.hasUrl()) {
                throw new InvalidRequestException("Bundle.entry[" + i
                        + "].request is missing or has no method and url: every " + "entry of a " + type.toCode()
                        + " says what to do with it, e.g. request.method = POST and request.url = Goal.");
            }
        }
    }

    private static void requireForEntry(Caller caller, Bundle.BundleEntryRequestComponent entry) {
        String url = entry.getUrl() == null ? "" : entry.getUrl();
        String path = url.split("\\?", 2)[0];
        String[] segments = path.split("/");
        String type = segments[0];
        Permission permission =
                switch (entry.getMethod() == null ? Bundle.HTTPVerb.GET : entry.getMethod()) {
                    case POST -> Permission.CREATE;
                    case PUT, PATCH -> Permission.UPDATE;
                    case DELETE -> Permission.DELETE;
                    default -> url.contains("?") || segments.length < 2 ? Permission.SEARCH : Permission.READ;
                };
        require(caller, permission, type);
    }

    private static void require(Caller caller, Permission permission, String type) {
        if (type == null || type.isBlank() || !caller.may(permission, type)) {
            String letter = permission.name().substring(0, 1).toLowerCase(Locale.ROOT);
            String what = type == null || type.isBlank() ? "this interaction" : type;
            throw new ForbiddenOperationException(
                    "The token's SMART scopes do not allow " + permission.name().toLowerCase(Locale.ROOT)
                            + " on " + what + ". Ask the authorisation server for a scope such as " + context(caller)
                            + "/" + what
                            + "." + letter + " (SMART v2) for this app.");
        }
    }

    private static String context(Caller caller) {
        return switch (caller.kind()) {
            case PATIENT, RELATIVE -> "patient";
            case ORGANISATION -> "user";
            default -> "system";
        };
    }
}
