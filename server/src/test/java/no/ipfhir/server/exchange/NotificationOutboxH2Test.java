package no.ipfhir.server.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import no.ipfhir.server.config.DatabaseConfig.SchemaMigration;
import no.ipfhir.server.exchange.NotificationOutbox.Change;
import no.ipfhir.server.exchange.NotificationOutbox.Event;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The notification outbox on the embedded default's database (H2, in memory here, as the file database of
 * {@code ./data/h2} speaks the same SQL): its schema is made, a change exists exactly when its transaction
 * commits, claims skip rows another transaction holds, events are numbered per subscription, and a
 * subscription leased to one server is not handed to another.
 */
class NotificationOutboxH2Test {

    private HikariDataSource dataSource;
    private JdbcTemplate jdbc;
    private TransactionTemplate transaction;
    private NotificationOutbox outbox;

    @BeforeEach
    void makeOutbox() {
        dataSource = new HikariDataSource();
        dataSource.setJdbcUrl("jdbc:h2:mem:outbox" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        dataSource.setUsername("sa");
        jdbc = new JdbcTemplate(dataSource);
        transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        outbox = new NotificationOutbox(jdbc, new SchemaMigration(0));
    }

    @AfterEach
    void close() {
        dataSource.close();
    }

    @Test
    void schemaScriptCanRunAgainOnEveryStart() {
        new NotificationOutbox(jdbc, new SchemaMigration(0));

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM IP_NOTIFICATION_CHANGE", Integer.class))
                .isZero();
    }

    @Test
    void aChangeIsRecordedExactlyWhenItsTransactionCommits() {
        transaction.executeWithoutResult(status -> {
            outbox.recordChange("Goal", "7", 2, "update", 1_000);
            status.setRollbackOnly();
        });
        transaction.executeWithoutResult(status -> outbox.recordChange("Goal", "7", 3, "update", 2_000));

        List<Change> claimed = transaction.execute(status -> outbox.claimChanges(10));

        assertThat(claimed).extracting(Change::version).containsExactly(3L);
    }

    @Test
    void changesHeldByOneTransactionAreSkippedByAnother() throws Exception {
        transaction.executeWithoutResult(status -> {
            outbox.recordChange("Goal", "1", 1, "create", 1_000);
            outbox.recordChange("Goal", "2", 1, "create", 1_000);
        });
        CountDownLatch claimedByFirst = new CountDownLatch(1);
        CountDownLatch secondDone = new CountDownLatch(1);
        CompletableFuture<List<Change>> first = CompletableFuture.supplyAsync(() -> transaction.execute(status -> {
            List<Change> claimed = outbox.claimChanges(1);
            claimedByFirst.countDown();
            await(secondDone);
            outbox.removeChanges(claimed);
            return claimed;
        }));
        assertThat(claimedByFirst.await(10, TimeUnit.SECONDS)).isTrue();

        List<Change> second = transaction.execute(status -> outbox.claimChanges(10));
        secondDone.countDown();

        assertThat(first.get(10, TimeUnit.SECONDS))
                .extracting(Change::resourceId)
                .containsExactly("1");
        assertThat(second).extracting(Change::resourceId).containsExactly("2");
        List<Change> left = transaction.execute(status -> outbox.claimChanges(10));
        assertThat(left).extracting(Change::resourceId).containsExactly("2");
    }

    @Test
    void eventsAreNumberedPerSubscriptionAndDeliveredInOrder() {
        Change first = new Change(1, "Goal", "1", 1, "create", 1_000);
        Change second = new Change(2, "Goal", "1", 2, "update", 2_000);
        transaction.executeWithoutResult(status -> {
            outbox.startSubscription("s1", 0);
            outbox.startSubscription("s2", 0);
            outbox.addEvents("s1", List.of(first, second));
            outbox.addEvents("s2", List.of(second));
        });

        assertThat(outbox.pendingEvents("s1", 10)).extracting(Event::number).containsExactly(1L, 2L);
        assertThat(outbox.pendingEvents("s2", 10)).extracting(Event::number).containsExactly(1L);
        assertThat(outbox.state("s1").orElseThrow().eventsSinceStart()).isEqualTo(2);

        outbox.delivered(outbox.pendingEvents("s1", 10).get(0), 3_000);
        assertThat(outbox.pendingEvents("s1", 10)).extracting(Event::number).containsExactly(2L);
        assertThat(outbox.events("s1", 1, 2, 10))
                .extracting(Event::status)
                .containsExactly(NotificationOutbox.DELIVERED, NotificationOutbox.PENDING);
    }

    @Test
    void aLeasedSubscriptionIsNotHandedToAnotherServerUntilTheLeaseEnds() {
        transaction.executeWithoutResult(status -> {
            outbox.startSubscription("s1", 0);
            outbox.addEvents("s1", List.of(new Change(1, "Goal", "1", 1, "create", 1_000)));
        });

        List<String> leased = transaction.execute(status -> outbox.claimDue(10_000, 130_000, 4));
        List<String> meanwhile = transaction.execute(status -> outbox.claimDue(20_000, 140_000, 4));
        List<String> afterTheLease = transaction.execute(status -> outbox.claimDue(130_001, 250_000, 4));

        assertThat(leased).containsExactly("s1");
        assertThat(meanwhile).isEmpty();
        assertThat(afterTheLease).containsExactly("s1");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
