package no.ipfhir.server.config;

import ca.uhn.fhir.jpa.entity.TermConceptProperty;
import ca.uhn.fhir.jpa.model.entity.ResourceLink;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;

/**
 * What Hibernate Search's outbox-polling coordination needs besides its settings: its two tables (the
 * server's schema belongs to migrations, never to Hibernate, so they are created here, on PostgreSQL
 * only), and a document identifier for the two HAPI entities whose composite key it cannot serialise
 * into an outbox event by itself.
 */
public final class SearchOutboxTables {

    // As Hibernate Search 7.2's own mapping declares them for PostgreSQL, with named indexes.
    private static final List<String> DDL = List.of(
            "CREATE TABLE IF NOT EXISTS HSEARCH_AGENT (assignedShardIndex integer, totalShardCount integer,"
                    + " expiration timestamp(6) with time zone not null, id uuid not null, name varchar(255) not null,"
                    + " state varchar(255) not null, tenantId varchar(255), type varchar(255) not null, payload bytea,"
                    + " primary key (id))",
            "CREATE TABLE IF NOT EXISTS HSEARCH_OUTBOX_EVENT (entityIdHash integer not null, retries integer not null,"
                    + " processAfter timestamp(6) with time zone not null, id uuid not null,"
                    + " entityId varchar(256) not null, entityName varchar(256) not null, status varchar(255) not null,"
                    + " tenantId varchar(255), payload bytea not null, primary key (id))",
            "CREATE INDEX IF NOT EXISTS HSEARCH_OUTBOX_EVENT_HASH ON HSEARCH_OUTBOX_EVENT (entityIdHash)",
            "CREATE INDEX IF NOT EXISTS HSEARCH_OUTBOX_EVENT_STATUS ON HSEARCH_OUTBOX_EVENT (status)",
            "CREATE INDEX IF NOT EXISTS HSEARCH_OUTBOX_EVENT_AFTER ON HSEARCH_OUTBOX_EVENT (processAfter)");

    private SearchOutboxTables() {}

    static void createIfMissing(DataSource dataSource, DatabaseKind kind) {
        if (kind != DatabaseKind.POSTGRESQL) {
            throw new IllegalStateException("fhir.search.backend=opensearch needs PostgreSQL (fhir.db.url), not " + kind
                    + ": several nodes share the one database and index");
        }
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            for (String ddl : DDL) {
                statement.execute(ddl);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create Hibernate Search's outbox tables", e);
        }
    }

    /** Names the single-column key of HAPI entities that carry a composite JPA key. */
    public static final class DocumentIds implements HibernateOrmSearchMappingConfigurer {
        @Override
        public void configure(HibernateOrmMappingConfigurationContext context) {
            context.programmaticMapping()
                    .type(ResourceLink.class)
                    .property("myId")
                    .documentId();
            context.programmaticMapping()
                    .type(TermConceptProperty.class)
                    .property("myId")
                    .documentId();
        }
    }
}
