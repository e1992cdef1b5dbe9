package no.ipfhir.server.kernel;

/**
 * Serialises the writes a uniqueness rule checks for one patient, so that a check-then-write ("is there
 * already an active plan?", "does this team already have a koordinator then?") cannot be passed by two
 * transactions at once. Taken inside the writing transaction, held until it ends.
 */
@FunctionalInterface
public interface PatientWriteLock {

    /**
     * Waits until no other transaction holds the lock of this patient, and holds it until the current
     * transaction ends.
     *
     * @param patient the patient's versionless reference ({@code Patient/123}), or any other key that
     *     stands for the set of resources a rule compares
     */
    void lock(String patient);
}
