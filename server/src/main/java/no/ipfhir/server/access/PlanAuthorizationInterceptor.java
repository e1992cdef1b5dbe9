package no.ipfhir.server.access;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.i18n.Msg;
import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.RestOperationTypeEnum;
import ca.uhn.fhir.rest.api.server.IPreResourceShowDetails;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import ca.uhn.fhir.rest.server.interceptor.auth.AuthorizationConstants;
import ca.uhn.fhir.rest.server.interceptor.auth.AuthorizationFlagsEnum;
import ca.uhn.fhir.rest.server.interceptor.auth.AuthorizationInterceptor;
import ca.uhn.fhir.rest.server.interceptor.auth.IAuthRule;
import ca.uhn.fhir.rest.server.interceptor.auth.PolicyEnum;
import ca.uhn.fhir.rest.server.interceptor.auth.RuleBuilder;
import ca.uhn.fhir.rest.server.servlet.ServletRequestDetails;
import java.util.List;
import java.util.Set;
import no.ipfhir.server.authentication.Caller;
import no.ipfhir.server.authentication.Caller.Kind;
import no.ipfhir.server.authentication.CallerResolver;
import no.ipfhir.server.authentication.SmartScope.Permission;
import no.ipfhir.server.config.ServerInterceptor;
import no.ipfhir.server.exchange.SubscriptionOwnership;
import no.ipfhir.server.kernel.PatientOf;
import no.ipfhir.server.kernel.SystemReader;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.instance.model.api.IIdType;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Subscription;
import org.springframework.stereotype.Component;

/**
 * Checks every resource that goes in or out of the FHIR endpoint against what the caller may reach:
 * HAPI's rule engine ({@link AuthorizationInterceptor}) with rules built per request from the token's
 * SMART scopes and the caller's {@link AccessGrant}. It checks reads, searches (each match and each
 * {@code _include}/{@code _revinclude}), history, paging, every transaction entry, and operations.
 * Searches are narrowed beforehand by {@link PlanSearchNarrowingInterceptor}; this is the check that
 * nothing slips through.
 *
 * <p>Only requests from outside are checked: the server's own work (audit trail, background jobs)
 * runs with system request details on the same interceptor service and is not a caller.
 */
@Interceptor
@Component
public class PlanAuthorizationInterceptor implements ServerInterceptor {

    /**
     * Not about one patient, and published in registers anyway (Enhetsregisteret, HPR, the address
     * register): readable to every caller whose scopes include them, so a plan's team can be shown.
     */
    static final Set<String> DIRECTORY_TYPES =
            Set.of("Organization", "Practitioner", "PractitionerRole", "Location", "HealthcareService", "Endpoint");

    /**
     * Published definitions, about no one: the indicator Measures. Readable to every caller whose scopes
     * include them.
     */
    static final Set<String> DEFINITION_TYPES = Set.of("Measure");

    /** Operations a patient, relative or EHR may call; their responses are checked resource by resource. */
    private static final List<String> OPERATIONS_FOR_EVERYONE =
            List.of("everything", "ip-summary", "ip-plan", "summary");

    /** The Subscriptions Backport's operations on a subscription. */
    private static final List<String> SUBSCRIPTION_OPERATIONS = List.of("status", "events");

    static final String DENIED =
            "Access denied: this token does not give access to this data. A patient app reaches the "
                    + "patient's own plan, a relative what the patient's active consent grants them, and a service the plans whose "
                    + "care team (ansvarsgruppe) its organisation takes part in.";

    private final Rules rules;
    private final PlanStart planStart;
    private final PlanAccess access;
    private final PatientOf patientOf;
    private final SystemReader reader;
    private final SubscriptionOwnership subscriptions;
    private final ScopeFilters scopeFilters;

    public PlanAuthorizationInterceptor(
            FhirContext fhirContext,
            CallerResolver callers,
            PlanAccess access,
            PlanStart planStart,
            PatientOf patientOf,
            SystemReader reader,
            SubscriptionOwnership subscriptions,
            ScopeFilters scopeFilters) {
        this.subscriptions = subscriptions;
        this.scopeFilters = scopeFilters;
        this.rules = new Rules(fhirContext, callers, access, planStart);
        this.planStart = planStart;
        this.access = access;
        this.patientOf = patientOf;
        this.reader = reader;
    }

    @Hook(value = Pointcut.SERVER_INCOMING_REQUEST_PRE_HANDLED, order = AuthorizationConstants.ORDER_AUTH_INTERCEPTOR)
    public void incomingRequestPreHandled(RequestDetails request, Pointcut pointcut) {
        if (fromOutside(request)) {
            planStart.remember(request);
            if (request.getRestOperationType() == RestOperationTypeEnum.EXTENDED_OPERATION_INSTANCE
                    && request.getId() != null) {
                requireReachableInstance(request);
            }
            rules.incomingRequestPreHandled(request, pointcut);
        }
    }

    @Hook(value = Pointcut.STORAGE_PRESHOW_RESOURCES, order = AuthorizationConstants.ORDER_AUTH_INTERCEPTOR)
    public void preShow(RequestDetails request, IPreResourceShowDetails details, Pointcut pointcut) {
        if (fromOutside(request)) {
            rules.hookPreShow(request, details, pointcut);
            hideWhatNamesAnUnreachablePatient(request, details);
            hideWhatTheScopeFiltersExclude(request, details);
        }
    }

    /** A resource of a type the caller's scopes grant only with a query filter leaves only when it matches. */
    private void hideWhatTheScopeFiltersExclude(RequestDetails request, IPreResourceShowDetails details) {
        for (int i = 0; i < details.size(); i++) {
            IBaseResource resource = details.getResource(i);
            if (resource == null || scopeFilters.mayShow(request, resource)) {
                continue;
            }
            RestOperationTypeEnum operation = request.getRestOperationType();
            if ((operation == RestOperationTypeEnum.READ || operation == RestOperationTypeEnum.VREAD)
                    && request.getId() != null) {
                throw notKnown(request);
            }
            details.setResource(i, null);
        }
    }

    private void requireScopeFilters(RequestDetails request, Permission permission, IBaseResource resource) {
        if (resource != null && !scopeFilters.mayWrite(request, permission, resource)) {
            throw new ForbiddenOperationException(DENIED);
        }
    }

    /**
     * HAPI's compartment rule lets a resource through when one of its patients is reachable; a resource
     * about several patients (an AuditEvent, a Provenance, a Communication) would then name the others to
     * the caller. It leaves only when the caller reaches every patient it is about (and a Subscription only
     * to its own organisation); a read of it by id answers like a read of nothing.
     */
    private void hideWhatNamesAnUnreachablePatient(RequestDetails request, IPreResourceShowDetails details) {
        AccessGrant grant = access.grant(request);
        if (grant.unrestricted()) {
            return;
        }
        for (int i = 0; i < details.size(); i++) {
            IBaseResource resource = details.getResource(i);
            if (resource == null) {
                continue;
            }
            Set<String> reachable = new java.util.HashSet<>();
            grant.patientsFor(resource.fhirType()).forEach(id -> reachable.add("Patient/" + id));
            boolean othersSubscription =
                    resource instanceof Subscription subscription && !subscriptions.visibleTo(request, subscription);
            if (!othersSubscription && reachable.containsAll(patientOf.patients(resource))) {
                continue;
            }
            RestOperationTypeEnum operation = request.getRestOperationType();
            if ((operation == RestOperationTypeEnum.READ || operation == RestOperationTypeEnum.VREAD)
                    && request.getId() != null) {
                throw notKnown(request);
            }
            details.setResource(i, null);
        }
    }

    /** An operation on a resource the caller may not reach answers like one on a resource that does not exist. */
    private void requireReachableInstance(RequestDetails request) {
        AccessGrant grant = access.grant(request);
        String type = request.getResourceName();
        if (grant.unrestricted() || type == null || !patientOf.hasPatientCompartment(type)) {
            return;
        }
        IBaseResource instance =
                reader.read(new IdType(type, request.getId().getIdPart())).orElseThrow(() -> notKnown(request));
        Set<String> reachable = new java.util.HashSet<>();
        grant.patientsFor(type).forEach(id -> reachable.add("Patient/" + id));
        if (!reachable.containsAll(patientOf.patients(instance))) {
            throw notKnown(request);
        }
    }

    static ResourceNotFoundException notKnown(RequestDetails request) {
        return new ResourceNotFoundException(Msg.code(2001) + "Resource "
                + request.getId().toUnqualifiedVersionless().getValue() + " is not known");
    }

    @Hook(value = Pointcut.SERVER_OUTGOING_RESPONSE, order = AuthorizationConstants.ORDER_AUTH_INTERCEPTOR)
    public void outgoingResponse(RequestDetails request, IBaseResource response, Pointcut pointcut) {
        if (fromOutside(request)) {
            rules.hookOutgoingResponse(request, response, pointcut);
        }
    }

    @Hook(value = Pointcut.STORAGE_CASCADE_DELETE, order = AuthorizationConstants.ORDER_AUTH_INTERCEPTOR)
    public void cascadeDelete(RequestDetails request, Pointcut pointcut, IBaseResource resource) {
        if (fromOutside(request)) {
            rules.hookCascadeDeleteForConflict(request, pointcut, resource);
        }
    }

    @Hook(value = Pointcut.STORAGE_PRE_DELETE_EXPUNGE, order = AuthorizationConstants.ORDER_AUTH_INTERCEPTOR)
    public void deleteExpunge(RequestDetails request, Pointcut pointcut) {
        if (fromOutside(request)) {
            rules.hookDeleteExpunge(request, pointcut);
        }
    }

    /** The write pipeline's access step for a resource a client creates. */
    public void checkCreate(RequestDetails request, IBaseResource resource) {
        if (fromOutside(request)) {
            rules.hookResourcePreCreate(request, resource, Pointcut.STORAGE_PRESTORAGE_RESOURCE_CREATED);
            requireScopeFilters(request, Permission.CREATE, resource);
        }
    }

    /** The write pipeline's access step for a resource a client deletes. */
    public void checkDelete(RequestDetails request, IBaseResource resource) {
        if (fromOutside(request)) {
            rules.hookResourcePreDelete(request, resource, Pointcut.STORAGE_PRESTORAGE_RESOURCE_DELETED);
            requireScopeFilters(request, Permission.DELETE, resource);
        }
    }

    /** The write pipeline's access step for a resource a client updates: both the stored and the new version. */
    public void checkUpdate(RequestDetails request, IBaseResource previous, IBaseResource resource) {
        if (fromOutside(request)) {
            rules.hookResourcePreUpdate(request, previous, resource, Pointcut.STORAGE_PRESTORAGE_RESOURCE_UPDATED);
            requireScopeFilters(request, Permission.UPDATE, previous);
            requireScopeFilters(request, Permission.UPDATE, resource);
        }
    }

    public static boolean fromOutside(RequestDetails request) {
        return request instanceof ServletRequestDetails;
    }

    /** HAPI's rule engine, fed with this server's rules; called only through the hooks above. */
    private static final class Rules extends AuthorizationInterceptor {

        private final FhirContext fhirContext;
        private final CallerResolver callers;
        private final PlanAccess access;
        private final PlanStart planStart;
        private final IAuthRule startsAPlan = new RuleBuilder()
                .allow("a write of the plan the caller starts in this request (PlanStart)")
                .metadata()
                .build()
                .get(0);

        Rules(FhirContext fhirContext, CallerResolver callers, PlanAccess access, PlanStart planStart) {
            super(PolicyEnum.DENY);
            // Reads and instance history go through, and every resource that comes out is checked: that is
            // what lets a read of someone else's plan look like a read of nothing (see handleDeny).
            setFlags(AuthorizationFlagsEnum.DO_NOT_PROACTIVELY_BLOCK_COMPARTMENT_READ_ACCESS);
            this.fhirContext = fhirContext;
            this.callers = callers;
            this.access = access;
            this.planStart = planStart;
        }

        /**
         * A plan's first write names patients and placeholders that no rule can know of yet, so the writes
         * of a plan the caller starts are decided here, on the request's entries and on each stored resource.
         */
        @Override
        public Verdict applyRulesAndReturnDecision(
                RestOperationTypeEnum operation,
                RequestDetails request,
                IBaseResource input,
                IIdType inputId,
                IBaseResource output,
                Pointcut pointcut) {
            Permission permission = operation == RestOperationTypeEnum.CREATE
                    ? Permission.CREATE
                    : operation == RestOperationTypeEnum.UPDATE ? Permission.UPDATE : null;
            if (permission != null && input != null && planStart.covers(request, input, permission)) {
                return new Verdict(PolicyEnum.ALLOW, startsAPlan);
            }
            return super.applyRulesAndReturnDecision(operation, request, input, inputId, output, pointcut);
        }

        @Override
        public List<IAuthRule> buildRuleList(RequestDetails request) {
            Caller caller = callers.caller(request);
            RuleBuilder rules = new RuleBuilder();
            rules.allow("capability statement").metadata();
            if (caller.kind() == Kind.OPEN) {
                rules.allowAll("security is off");
                return rules.build();
            }
            AccessGrant grant = access.grant(request);
            boolean mayWrite = false;
            for (String type : fhirContext.getResourceTypes()) {
                Set<Permission> permissions = caller.permissions(type);
                boolean read = permissions.contains(Permission.READ) || permissions.contains(Permission.SEARCH);
                // The audit trail is written by this server alone, and never changed.
                boolean write = !type.equals("AuditEvent")
                        && caller.kind() != Kind.RELATIVE
                        && (permissions.contains(Permission.CREATE) || permissions.contains(Permission.UPDATE));
                boolean delete = !type.equals("AuditEvent")
                        && caller.kind() != Kind.RELATIVE
                        && permissions.contains(Permission.DELETE);
                if (grant.unrestricted()) {
                    if (read) {
                        rules.allow().read().resourcesOfType(type).withAnyId();
                    }
                    if (write) {
                        rules.allow().write().resourcesOfType(type).withAnyId();
                    }
                    if (delete) {
                        rules.allow().delete().resourcesOfType(type).withAnyId();
                    }
                } else if (type.equals("Subscription") && caller.kind() == Kind.ORGANISATION) {
                    // An EHR's own subscriptions; exchange/SubscriptionOwnership keeps it to those of its organisation.
                    if (read) {
                        rules.allow().read().resourcesOfType(type).withAnyId();
                    }
                    if (write) {
                        rules.allow().write().resourcesOfType(type).withAnyId();
                    }
                    if (delete) {
                        rules.allow().delete().resourcesOfType(type).withAnyId();
                    }
                } else if (DIRECTORY_TYPES.contains(type) || DEFINITION_TYPES.contains(type)) {
                    if (read) {
                        rules.allow().read().resourcesOfType(type).withAnyId();
                    }
                } else if (inPatientCompartment(type)) {
                    List<IIdType> patients = grant.patientsFor(type).stream()
                            .map(id -> (IIdType) new IdType("Patient", id))
                            .toList();
                    if (patients.isEmpty()) {
                        // Same answers as for a caller who reaches some patients, only none of them: empty searches,
                        // 404 reads.
                        patients = List.of(new IdType(PlanSearchNarrowingInterceptor.NO_PATIENT));
                    }
                    if (read) {
                        rules.allow().read().resourcesOfType(type).inCompartment("Patient", patients);
                    }
                    if (write) {
                        rules.allow().write().resourcesOfType(type).inCompartment("Patient", patients);
                    }
                    if (delete) {
                        rules.allow().delete().resourcesOfType(type).inCompartment("Patient", patients);
                    }
                }
                mayWrite |= write;
            }
            rules.allow("transaction entries, each by the rules above")
                    .transaction()
                    .withAnyOperation()
                    .andApplyNormalRules();
            if (mayWrite) {
                rules.allow("patch, checked as a write").patch().allRequests();
            }
            if (grant.unrestricted()) {
                rules.allow().operation().withAnyName().atAnyLevel().andAllowAllResponses();
            } else {
                for (String operation : OPERATIONS_FOR_EVERYONE) {
                    rules.allow()
                            .operation()
                            .named(operation)
                            .onAnyInstance()
                            .andRequireExplicitResponseAuthorization();
                }
                if (caller.kind() == Kind.ORGANISATION
                        && caller.permissions("Measure").contains(Permission.READ)) {
                    // The styringsdata: aggregates with small counts masked, never a person; not for patient apps.
                    rules.allow()
                            .operation()
                            .named("evaluate-measure")
                            .onType(org.hl7.fhir.r4.model.Measure.class)
                            .andAllowAllResponses();
                    rules.allow()
                            .operation()
                            .named("evaluate-measure")
                            .onInstancesOfType(org.hl7.fhir.r4.model.Measure.class)
                            .andAllowAllResponses();
                }
                if (caller.kind() == Kind.ORGANISATION
                        && caller.permissions("Subscription").contains(Permission.READ)) {
                    // What a subscription was notified of: ids and event numbers, no content; the operation checks
                    // ownership.
                    for (String operation : SUBSCRIPTION_OPERATIONS) {
                        rules.allow()
                                .operation()
                                .named(operation)
                                .onInstancesOfType(org.hl7.fhir.r4.model.Subscription.class)
                                .andAllowAllResponses();
                    }
                }
            }
            return rules.build();
        }

        private boolean inPatientCompartment(String type) {
            return type.equals("Patient")
                    || !fhirContext
                            .getResourceDefinition(type)
                            .getSearchParamsForCompartmentName("Patient")
                            .isEmpty();
        }

        /**
         * A refused read looks exactly like a read of something that does not exist, so an outsider
         * cannot tell whether another patient's plan is there.
         */
        @Override
        protected void handleDeny(RequestDetails request, Verdict verdict) {
            RestOperationTypeEnum operation = request.getRestOperationType();
            if ((operation == RestOperationTypeEnum.READ
                            || operation == RestOperationTypeEnum.VREAD
                            || operation == RestOperationTypeEnum.HISTORY_INSTANCE)
                    && request.getId() != null) {
                throw notKnown(request);
            }
            throw new ForbiddenOperationException(DENIED);
        }
    }
}
