package no.ipfhir.server.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.util.List;
import java.util.Optional;
import no.ipfhir.server.config.DatabaseConfig.SchemaMigration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The plan view's table on the embedded default's database (H2, in memory here; the file database of
 * {@code ./data/h2} speaks the same SQL), where its upserts are MERGE statements rather than PostgreSQL's
 * {@code ON CONFLICT}: the schema can be made on every start, a write's invalidation takes effect only when its
 * transaction commits, and a view built before a write committed is not stored.
 */
class PlanViewH2Test {

    private HikariDataSource dataSource;
    private PlanView view;

    @BeforeEach
    void makeView() {
        dataSource = new HikariDataSource();
        dataSource.setJdbcUrl("jdbc:h2:mem:planview" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        dataSource.setUsername("sa");
        view = new PlanView(dataSource, new SchemaMigration(0));
    }

    @AfterEach
    void close() {
        dataSource.close();
    }

    @Test
    void theSchemaCanBeMadeOnEveryStart() {
        new PlanView(dataSource, new SchemaMigration(0));
        assertThat(view.find("1")).isEmpty();
    }

    @Test
    void aViewIsStoredForTheGenerationItWasBuiltAtAndEmptiedByAWrite() {
        PlanView.Row first = view.row("1");
        assertThat(first.generation()).isZero();
        assertThat(first.json()).isEmpty();
        assertThat(view.store("1", first.generation(), "{\"plan\":1}", 1L)).isTrue();
        assertThat(view.find("1").flatMap(PlanView.Row::json)).contains("{\"plan\":1}");

        view.invalidate(List.of("1", "2"));

        assertThat(view.find("1")).get().satisfies(row -> {
            assertThat(row.generation()).isEqualTo(1);
            assertThat(row.json()).isEmpty();
        });
        assertThat(view.find("2").map(PlanView.Row::generation))
                .as("a patient without a view gets a row, so a reader that starts later sees the write")
                .contains(1L);
        assertThat(view.store("1", first.generation(), "{\"stale\":true}", 2L)).isFalse();
        assertThat(view.find("1").flatMap(PlanView.Row::json)).isEmpty();
    }

    @Test
    void aWriteEmptiesTheViewOnlyWhenItCommits() {
        PlanView.Row row = view.row("7");
        view.store("7", row.generation(), "{\"plan\":7}", 1L);
        TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));

        transaction.executeWithoutResult(status -> {
            view.invalidate(List.of("7"));
            status.setRollbackOnly();
        });

        assertThat(view.find("7").flatMap(PlanView.Row::json))
                .as("a rolled-back write leaves the view")
                .isEqualTo(Optional.of("{\"plan\":7}"));
    }
}
