package org.externship.portal.shared.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Declares the portal's data source and brings its schema up to date with Flyway before anything else runs.
 * The same migrations serve the embedded H2 database (the default, kept on disk) and PostgreSQL; which one is
 * chosen by {@code portal.db.url} (environment {@code PORTAL_DB_URL}), never baked into the archive.
 * With {@code portal.demo-data=true} the demo hospitals and staff of {@code config/keycloak} are loaded as well.
 */
@DataSourceDefinition(
        name = DatabaseMigration.DATA_SOURCE,
        className = "org.externship.portal.shared.control.JdbcUrlDataSource",
        url = "${MPCONFIG=portal.db.url}",
        user = "${MPCONFIG=portal.db.user}",
        password = "${MPCONFIG=portal.db.password}",
        minPoolSize = 2,
        maxPoolSize = 40)
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

    public static final String DATA_SOURCE = "java:app/jdbc/portal";
    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = DATA_SOURCE)
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = "portal.demo-data", defaultValue = "false")
    boolean demoData;

    @Inject
    @ConfigProperty(name = "portal.db.schema")
    Optional<String> schema;

    @PostConstruct
    void migrate() {
        List<String> locations = new ArrayList<>(List.of("classpath:db/migration"));
        if (onPostgreSql()) {
            // what only PostgreSQL has (a trigram index); H2, the embedded database, runs without it
            locations.add("classpath:db/vendor/postgresql");
        }
        if (demoData) {
            locations.add("classpath:db/demo");
        }
        var configuration = Flyway.configure(DatabaseMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations(locations.toArray(String[]::new))
                // the demo data is a repeatable migration that may be switched off later
                .ignoreMigrationPatterns("*:missing");
        schema.filter(s -> !s.isBlank()).ifPresent(s -> configuration.schemas(s).defaultSchema(s));
        MigrateResult result = configuration.load().migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migrations run" + (demoData ? ", demo data on" : "") + ")");
    }

    private boolean onPostgreSql() {
        try (Connection connection = dataSource.getConnection()) {
            return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the portal's database", e);
        }
    }
}
