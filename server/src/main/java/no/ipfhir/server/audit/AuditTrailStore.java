package no.ipfhir.server.audit;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.jpa.api.dao.IFhirResourceDao;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import java.util.List;
import no.ipfhir.server.audit.AuditQueue.Queued;
import no.ipfhir.server.config.RepeatingPass;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores the queued AuditEvents ({@link AuditQueue}) as AuditEvent resources every {@code store-interval}, in
 * batches: each batch is stored and removed from the queue in one transaction. An event whose references no
 * longer resolve (the resource read was deleted before its event was stored) is stored with those references
 * as text instead; one that cannot be stored at all stays in the queue, marked failed, and is logged.
 */
@Component
public class AuditTrailStore implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(AuditTrailStore.class);
    private static final int BATCH = 100;

    private final AuditQueue queue;
    private final DaoRegistry daos;
    private final FhirContext fhirContext;
    private final TransactionTemplate transaction;
    private final RepeatingPass passes;

    public AuditTrailStore(
            AuditQueue queue,
            DaoRegistry daos,
            FhirContext fhirContext,
            PlatformTransactionManager transactions,
            AuditProperties properties) {
        this.queue = queue;
        this.daos = daos;
        this.fhirContext = fhirContext;
        this.transaction = new TransactionTemplate(transactions);
        this.passes = new RepeatingPass("audit-trail", properties.storeInterval(), this::storeQueued);
    }

    @Override
    public void start() {
        passes.start();
    }

    @Override
    public void stop() {
        // What is queued stays queued: the next start stores it.
        passes.stop();
    }

    @Override
    public boolean isRunning() {
        return passes.isRunning();
    }

    /** Stores what is queued, batch after batch, until the queue is empty. */
    void storeQueued() {
        try {
            while (storeBatch() == BATCH) {
                // More are waiting: go on at once.
            }
        } catch (RuntimeException e) {
            // The database may be away for a moment; the next pass tries again.
            log.warn("Could not store queued audit events, will try again: {}", e.toString());
        }
    }

    private int storeBatch() {
        List<Queued> batch;
        try {
            batch = transaction.execute(status -> {
                List<Queued> claimed = queue.claim(BATCH);
                claimed.forEach(queued -> store(parse(queued)));
                queue.remove(claimed);
                return claimed;
            });
        } catch (RuntimeException oneOfThemFailed) {
            // Rolled back: store them one by one, so that one event cannot hold up the others.
            batch = transaction.execute(status -> queue.claim(BATCH));
            batch.forEach(this::storeAlone);
        }
        return batch.size();
    }

    private void storeAlone(Queued queued) {
        try {
            transaction.executeWithoutResult(status -> {
                store(parse(queued));
                queue.remove(List.of(queued));
            });
        } catch (RuntimeException failed) {
            try {
                transaction.executeWithoutResult(status -> {
                    store(withoutReferences(parse(queued)));
                    queue.remove(List.of(queued));
                });
            } catch (RuntimeException stillFailed) {
                log.error(
                        "Could not store audit event {} queued at {}; it stays in IP_AUDIT_QUEUE: {}",
                        queued.id(),
                        queued.queuedAt(),
                        queued.event(),
                        stillFailed);
                queue.failed(queued, System.currentTimeMillis());
            }
        }
    }

    private AuditEvent parse(Queued queued) {
        return fhirContext.newJsonParser().parseResource(AuditEvent.class, queued.event());
    }

    private void store(AuditEvent event) {
        IFhirResourceDao<AuditEvent> dao = daos.getResourceDao(AuditEvent.class);
        dao.create(event, new SystemRequestDetails());
    }

    /** The event with every reference kept as text (its identifier stays), for targets that are gone. */
    static AuditEvent withoutReferences(AuditEvent event) {
        event.getAgent().forEach(agent -> agent.setWho(asText(agent.getWho())));
        event.getEntity().forEach(entity -> entity.setWhat(asText(entity.getWhat())));
        return event;
    }

    private static Reference asText(Reference reference) {
        if (!reference.hasReference()) {
            return reference;
        }
        Reference text = new Reference()
                .setDisplay(
                        reference.hasDisplay()
                                ? reference.getReference() + " (" + reference.getDisplay() + ")"
                                : reference.getReference());
        if (reference.hasIdentifier()) {
            text.setIdentifier(reference.getIdentifier());
        }
        return text;
    }
}
