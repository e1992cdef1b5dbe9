package no.ipfhir.server.validation;

import ca.uhn.fhir.rest.server.exceptions.ResourceVersionConflictException;
import com.google.common.util.concurrent.Striped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;
import java.util.zip.CRC32;
import no.ipfhir.server.config.DatabaseKind;
import no.ipfhir.server.config.DatabaseProperties;
import no.ipfhir.server.kernel.PatientWriteLock;
import no.ipfhir.server.rest.Outcomes;
import org.hibernate.Session;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The {@link PatientWriteLock} of the database the server runs on. The lock belongs to the writing transaction and is released
 * when it commits or rolls back; a rule that takes it before it reads sees everything a competing
 * writer committed, because each statement under READ COMMITTED reads the latest committed data.
 *
 * <p>On PostgreSQL it is a transaction-scoped advisory lock, so it also holds between several server
 * processes on one database. H2 has no advisory locks; the embedded H2 database is opened by one
 * process only, so a lock in this JVM, held until the transaction ends, gives the same guarantee.
 */
@Component
public class DatabasePatientWriteLock implements PatientWriteLock {

    /** First half of the advisory-lock key, so these locks never meet another application's. */
    private static final int LOCK_SPACE = 0x49500001;

    private static final long JVM_LOCK_TIMEOUT_SECONDS = 30;

    @PersistenceContext
    private EntityManager entityManager;

    private final boolean advisoryLocks;
    private final Striped<Lock> jvmLocks = Striped.lock(1024);

    public DatabasePatientWriteLock(DatabaseProperties database) {
        this.advisoryLocks = database.kind() == DatabaseKind.POSTGRESQL;
    }

    @Override
    public void lock(String patient) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("A patient write lock is taken inside the writing transaction only");
        }
        int key = key(patient);
        if (advisoryLocks) {
            entityManager.unwrap(Session.class).doWork(connection -> {
                try (PreparedStatement statement = connection.prepareStatement("select pg_advisory_xact_lock(?, ?)")) {
                    statement.setInt(1, LOCK_SPACE);
                    statement.setInt(2, key);
                    statement.execute();
                }
            });
        } else {
            lockInThisJvm(patient, key);
        }
    }

    private void lockInThisJvm(String patient, int key) {
        Lock lock = jvmLocks.get(key);
        try {
            if (!lock.tryLock(JVM_LOCK_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                String rule = "Another write for " + patient + " is still in progress.";
                throw new ResourceVersionConflictException(
                        rule, Outcomes.error(IssueType.TRANSIENT, null, rule, "Send the request again."));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                lock.unlock();
            }
        });
    }

    private static int key(String patient) {
        CRC32 crc = new CRC32();
        crc.update(patient.getBytes(StandardCharsets.UTF_8));
        return (int) crc.getValue();
    }
}
