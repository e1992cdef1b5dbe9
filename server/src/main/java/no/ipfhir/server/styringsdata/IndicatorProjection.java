package no.ipfhir.server.styringsdata;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import no.ipfhir.server.config.RepeatingPass;
import no.ipfhir.server.config.StorageInterceptor;
import no.ipfhir.server.kernel.PatientOf;
import no.ipfhir.server.kernel.SystemReader;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the indicators' projection ({@link IndicatorStore}) up to date: a change to a person's plan data marks
 * the person in the transaction that makes it, and every {@code fhir.styringsdata.refresh-interval} the marked
 * persons' rows are made again from the stored resources ({@link PersonFacts#of}), each in a short transaction
 * of its own that removes the marks it read (so no write ever waits for it, and a change made meanwhile keeps its
 * own mark). An evaluation first works off what is still marked, so it counts every
 * change committed before it. Changes to an organisation itself (its name, sector or hierarchy) reach a
 * person's row the next time that person's data changes.
 */
@Interceptor
@Component
public class IndicatorProjection implements StorageInterceptor, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(IndicatorProjection.class);
    /** Marks read at a time. */
    private static final int BATCH = 200;

    /** The resources a person's row is made from. */
    private static final Set<String> PLAN_DATA =
            Set.of("Patient", "CarePlan", "CareTeam", "Goal", "Observation", "Consent", "EpisodeOfCare");

    private final IndicatorStore store;
    private final SystemReader reader;
    private final PatientOf patientOf;
    private final TransactionTemplate transaction;
    private final RepeatingPass passes;

    public IndicatorProjection(
            IndicatorStore store,
            SystemReader reader,
            PatientOf patientOf,
            PlatformTransactionManager transactions,
            StyringsdataProperties properties) {
        this.store = store;
        this.reader = reader;
        this.patientOf = patientOf;
        this.transaction = new TransactionTemplate(transactions);
        this.passes = new RepeatingPass("styringsdata", properties.refreshInterval(), this::refreshInTheBackground);
    }

    @Hook(Pointcut.STORAGE_PRECOMMIT_RESOURCE_CREATED)
    public void created(IBaseResource resource) {
        changed(resource);
    }

    @Hook(Pointcut.STORAGE_PRECOMMIT_RESOURCE_UPDATED)
    public void updated(IBaseResource oldResource, IBaseResource newResource) {
        changed(oldResource);
        changed(newResource);
    }

    @Hook(Pointcut.STORAGE_PRECOMMIT_RESOURCE_DELETED)
    public void deleted(IBaseResource resource) {
        changed(resource);
    }

    private void changed(IBaseResource resource) {
        if (resource != null && PLAN_DATA.contains(resource.fhirType())) {
            Set<String> marked = markedInThisTransaction();
            Set<String> patients = new HashSet<>(patientOf.patients(resource));
            patients.removeAll(marked);
            if (!patients.isEmpty()) {
                store.mark(patients);
                marked.addAll(patients);
            }
        }
    }

    /** The persons this transaction has marked already (a plan Bundle changes one person many times). */
    @SuppressWarnings("unchecked")
    private Set<String> markedInThisTransaction() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return new HashSet<>();
        }
        Set<String> marked = (Set<String>) TransactionSynchronizationManager.getResource(this);
        if (marked == null) {
            marked = new HashSet<>();
            TransactionSynchronizationManager.bindResource(this, marked);
            // Bound to the database transaction, not to HAPI's TransactionDetails: a retried attempt marks again.
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(IndicatorProjection.this);
                }
            });
        }
        return marked;
    }

    /** Makes the rows of every marked person again; how many were made. */
    public int refreshPending() {
        return refreshPending(Integer.MAX_VALUE);
    }

    /** Makes the rows of marked persons again, about {@code most} of them at most; how many were made. */
    public int refreshPending(int most) {
        int refreshed = 0;
        while (refreshed < most) {
            List<IndicatorStore.Pending> due = store.pending(BATCH);
            int made = 0;
            for (IndicatorStore.Pending pending : due) {
                if (refresh(pending)) {
                    made++;
                }
            }
            refreshed += made;
            // A batch that made nothing (every row failed, or another node got there) ends the pass.
            if (due.isEmpty() || made == 0) {
                return refreshed;
            }
        }
        return refreshed;
    }

    /** The person's row made again, in a short transaction of its own; false if it could not be. */
    private boolean refresh(IndicatorStore.Pending pending) {
        try {
            Optional<PersonFacts> facts = PersonFacts.of(pending.patient(), reader);
            transaction.executeWithoutResult(status -> {
                if (facts.isPresent()) {
                    store.save(facts.get());
                } else {
                    store.remove(pending.patient());
                }
                store.done(pending);
            });
            return true;
        } catch (DataAccessException | ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException e) {
            // The mark stays: the next pass tries again (another node may have saved the same row just now).
            log.debug("The styringsdata row of {} is made again later: {}", pending.patient(), e.toString());
            return false;
        }
    }

    /** A background pass; a failure leaves the marks, for the next pass to try again. */
    private void refreshInTheBackground() {
        try {
            refreshPending();
        } catch (RuntimeException e) {
            log.warn("Could not bring the styringsdata projection up to date: {}", e.toString());
        }
    }

    @Override
    public void start() {
        passes.start();
    }

    @Override
    public void stop() {
        passes.stop();
    }

    @Override
    public boolean isRunning() {
        return passes.isRunning();
    }
}
