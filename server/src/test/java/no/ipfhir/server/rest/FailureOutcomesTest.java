package no.ipfhir.server.rest;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import ca.uhn.fhir.rest.server.exceptions.InternalErrorException;
import java.sql.SQLException;
import org.hibernate.TransactionException;
import org.junit.jupiter.api.Test;
import org.springframework.orm.jpa.JpaSystemException;

/** The failures seen when PostgreSQL was stopped under load ({@code server/reliability/database-restart.sh}). */
class FailureOutcomesTest {

    private final FailureOutcomes outcomes = new FailureOutcomes();

    @Test
    void aRollbackOnAConnectionThePoolHasEvictedIsTheDatabaseAway() {
        // The transaction's connection died (57P01); Spring's TransactionTemplate replaced that failure with the
        // rollback's, and HikariCP answers on an evicted connection with an SQLException without SQLState.
        Throwable thrown = new InternalErrorException(
                "HAPI-0389: Failed to call access method",
                new JpaSystemException(new TransactionException(
                        "Unable to rollback against JDBC Connection", new SQLException("Connection is closed"))));

        BaseServerResponseException answer = outcomes.map(null, thrown);

        assertThat(answer).isNotNull();
        assertThat(answer.getStatusCode()).isEqualTo(503);
        assertThat(answer.getResponseHeaders()).containsKey("Retry-After");
        assertThat(answer.getOperationOutcome()).isNotNull();
    }

    @Test
    void anSqlExceptionWithoutSqlStateDoesNotBreakTheMapping() {
        Throwable thrown = new InternalErrorException("boom", new RuntimeException(new SQLException("no state")));

        // Stays HAPI's 500 (a fault of this server), instead of a NullPointerException from the mapping itself.
        assertThat(outcomes.map(null, thrown)).isNull();
    }

    @Test
    void aSerializationFailureIsAConflict() {
        Throwable thrown = new InternalErrorException("boom", new SQLException("could not serialize", "40001"));

        assertThat(outcomes.map(null, thrown).getStatusCode()).isEqualTo(409);
    }
}
