package no.ipfhir.server.audit;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.RestOperationTypeEnum;
import ca.uhn.fhir.rest.api.server.IPreResourceShowDetails;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import ca.uhn.fhir.rest.server.interceptor.auth.AuthorizationConstants;
import ca.uhn.fhir.rest.server.servlet.ServletRequestDetails;
import java.util.LinkedHashSet;
import java.util.Set;
import no.ipfhir.server.authentication.CallerResolver;
import no.ipfhir.server.config.ServerInterceptor;
import no.ipfhir.server.kernel.PatientOf;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.springframework.stereotype.Component;

/**
 * Records every request to the FHIR endpoint in the audit trail: which patients' data it touched
 * (what was shown or written, or what was refused), and how it ended. The record is queued before the
 * answer is written ({@link AuditEventWriter}). The patient can then read who
 * accessed their plan with {@code AuditEvent?patient=…}.
 */
@Interceptor
@Component
public class AuditTrailInterceptor implements ServerInterceptor {

    private static final String TOUCHED = AuditTrailInterceptor.class.getName() + ".touched";
    private static final String ATTEMPTED = AuditTrailInterceptor.class.getName() + ".attempted";
    private static final String RECORDED = AuditTrailInterceptor.class.getName() + ".recorded";

    private final PatientOf patientOf;
    private final CallerResolver callers;
    private final AuditEventWriter writer;

    public AuditTrailInterceptor(PatientOf patientOf, CallerResolver callers, AuditEventWriter writer) {
        this.patientOf = patientOf;
        this.callers = callers;
        this.writer = writer;
    }

    /** Before the access check: whose data was asked for, so that a refused attempt is recorded for that patient too. */
    @Hook(value = Pointcut.STORAGE_PRESHOW_RESOURCES, order = AuthorizationConstants.ORDER_AUTH_INTERCEPTOR - 10)
    public void attempted(RequestDetails request, IPreResourceShowDetails details) {
        if (request instanceof ServletRequestDetails) {
            for (IBaseResource resource : details.getAllResources()) {
                patients(request, ATTEMPTED).addAll(patientOf.patients(resource));
            }
        }
    }

    /** After the access check: what the caller actually saw. */
    @Hook(value = Pointcut.STORAGE_PRESHOW_RESOURCES, order = AuthorizationConstants.ORDER_AUTH_INTERCEPTOR + 100)
    public void shown(RequestDetails request, IPreResourceShowDetails details) {
        if (request instanceof ServletRequestDetails) {
            for (int i = 0; i < details.size(); i++) {
                IBaseResource resource = details.getResource(i);
                if (resource != null) {
                    patients(request, TOUCHED).addAll(patientOf.patients(resource));
                }
            }
        }
    }

    @Hook(value = Pointcut.STORAGE_PRECOMMIT_RESOURCE_CREATED)
    public void created(RequestDetails request, IBaseResource resource) {
        written(request, resource);
    }

    @Hook(value = Pointcut.STORAGE_PRECOMMIT_RESOURCE_UPDATED)
    public void updated(RequestDetails request, IBaseResource oldResource, IBaseResource newResource) {
        written(request, oldResource);
        written(request, newResource);
    }

    @Hook(value = Pointcut.STORAGE_PRECOMMIT_RESOURCE_DELETED)
    public void deleted(RequestDetails request, IBaseResource resource) {
        written(request, resource);
    }

    /**
     * Before a successful answer is written, and after every check of what it shows (the access rules run
     * earlier on this pointcut): the events are queued before the client can see the answer.
     */
    @Hook(value = Pointcut.SERVER_OUTGOING_RESPONSE, order = AuthorizationConstants.ORDER_AUTH_INTERCEPTOR + 1000)
    public boolean answering(RequestDetails request) {
        record(request, null);
        return true;
    }

    /** Before a refusal or failure is written. */
    @Hook(Pointcut.SERVER_HANDLE_EXCEPTION)
    public boolean failed(RequestDetails request, BaseServerResponseException exception) {
        record(request, exception);
        return true;
    }

    /** Whatever answered without passing either pointcut above is recorded now, after the answer. */
    @Hook(Pointcut.SERVER_PROCESSING_COMPLETED)
    public void completed(RequestDetails request) {
        if (request.getUserData().get(RECORDED) == null) {
            record(request, null);
        }
    }

    private void record(RequestDetails request, BaseServerResponseException failure) {
        RestOperationTypeEnum operation = request.getRestOperationType();
        if (!(request instanceof ServletRequestDetails)
                || operation == null
                || operation == RestOperationTypeEnum.METADATA) {
            return;
        }
        // Once per outcome: an answer that fails while it is written is recorded as that failure too.
        Object recorded = request.getUserData().get(RECORDED);
        if (recorded != null && (failure == null || recorded == failure)) {
            return;
        }
        request.getUserData().put(RECORDED, failure == null ? Boolean.TRUE : failure);
        // A failed write was rolled back, so only what was read (and so exists) is named; a refused read
        // is recorded for the patient whose data was asked for.
        Set<String> patients = failure == null ? patients(request, TOUCHED) : patients(request, ATTEMPTED);
        writer.record(new AuditedRequest(
                callers.caller(request),
                operation,
                request.getCompleteUrl(),
                request.getId() == null
                        ? null
                        : request.getId().toUnqualifiedVersionless().getValue(),
                request.getResourceName(),
                ((ServletRequestDetails) request).getServletRequest().getRemoteAddr(),
                failure == null ? 200 : failure.getStatusCode(),
                failure == null ? null : failure.getMessage(),
                patients));
    }

    private void written(RequestDetails request, IBaseResource resource) {
        if (request instanceof ServletRequestDetails && resource != null) {
            patients(request, TOUCHED).addAll(patientOf.patients(resource));
        }
    }

    @SuppressWarnings("unchecked")
    private static Set<String> patients(RequestDetails request, String key) {
        return (Set<String>) request.getUserData().computeIfAbsent(key, k -> new LinkedHashSet<String>());
    }
}
