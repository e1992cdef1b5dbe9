package no.ipfhir.server.plan;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import java.util.HashSet;
import java.util.Set;
import no.ipfhir.server.config.StorageInterceptor;
import no.ipfhir.server.kernel.PatientOf;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Empties the "my plan" view ({@link PlanView}) of every patient a write is about, before the write commits
 * and in its transaction: whatever a client or the server itself writes, and whichever node writes it. Once
 * per patient and database transaction, however many of the transaction's entries are about that patient.
 */
@Interceptor
@Component
public class PlanViewInvalidation implements StorageInterceptor {

    /** What the server writes about every request; never part of a plan's view. */
    private static final Set<String> NEVER_IN_A_VIEW = Set.of("AuditEvent", "Provenance");

    private static final String INVALIDATED = PlanViewInvalidation.class.getName() + ".invalidated";

    private final PlanView view;
    private final PatientOf patientOf;

    public PlanViewInvalidation(PlanView view, PatientOf patientOf) {
        this.view = view;
        this.patientOf = patientOf;
    }

    @Hook(Pointcut.STORAGE_PRECOMMIT_RESOURCE_CREATED)
    public void created(IBaseResource resource) {
        invalidate(resource);
    }

    @Hook(Pointcut.STORAGE_PRECOMMIT_RESOURCE_UPDATED)
    public void updated(IBaseResource oldResource, IBaseResource newResource) {
        invalidate(oldResource, newResource);
    }

    @Hook(Pointcut.STORAGE_PRECOMMIT_RESOURCE_DELETED)
    public void deleted(IBaseResource resource) {
        invalidate(resource);
    }

    private void invalidate(IBaseResource... resources) {
        Set<String> patients = new HashSet<>();
        for (IBaseResource resource : resources) {
            if (resource != null && !NEVER_IN_A_VIEW.contains(resource.fhirType())) {
                patientOf.patients(resource).forEach(patient -> patients.add(idOf(patient)));
            }
        }
        Set<String> done = done();
        patients.removeAll(done);
        if (!patients.isEmpty()) {
            view.invalidate(patients);
            done.addAll(patients);
        }
    }

    /**
     * The patients whose views this database transaction has emptied already: bound to the transaction itself
     * (not to HAPI's TransactionDetails, which a retried transaction keeps), and gone when it ends.
     */
    @SuppressWarnings("unchecked")
    private static Set<String> done() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return new HashSet<>();
        }
        Set<String> done = (Set<String>) TransactionSynchronizationManager.getResource(INVALIDATED);
        if (done == null) {
            Set<String> fresh = new HashSet<>();
            TransactionSynchronizationManager.bindResource(INVALIDATED, fresh);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(INVALIDATED);
                }
            });
            done = fresh;
        }
        return done;
    }

    /** {@code Patient/123} → {@code 123}. */
    static String idOf(String patient) {
        return patient.substring(patient.indexOf('/') + 1);
    }
}
