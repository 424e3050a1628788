package org.externship.portal.shared.control;

import jakarta.annotation.PostConstruct;
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
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Declares the portal's data source and brings its schema up to date with Flyway before anything else runs.
 * The same migrations serve the embedded H2 database (the default, kept on disk) and PostgreSQL; which one is
 * chosen by {@code portal.db.url} (environment {@code PORTAL_DB_URL}), never baked into the archive.
 * With {@code portal.demo-data=true} the demo hospitals and staff of {@code config/keycloak} are loaded as well.
 *
 * <p>Two accounts on PostgreSQL: the portal's data source connects as {@code portal.db.user}, which owns nothing and
 * may only read and write rows (granted by {@code db/vendor/postgresql/V8_2}); Flyway migrates, on connections of its
 * own, as the owner {@code portal.db.owner-user} / {@code portal.db.owner-password} (by default the portal's own
 * account: one account for both). Those connections, and only those, say {@code portal.scope = 'migration'}, which lets
 * the owner's migrations through row-level security (V8_1); they are closed once Flyway is done, so the setting never
 * reaches the pool.
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
    /** The Flyway placeholder naming the portal's own database account in db/vendor/postgresql. */
    static final String APP_ROLE_PLACEHOLDER = "appRole";
    private static final String MIGRATION_SCOPE = "SET portal.scope = 'migration'";
    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Inject
    @ConfigProperty(name = "portal.db.url")
    String url;

    @Inject
    @ConfigProperty(name = "portal.db.user")
    String user;

    @Inject
    @ConfigProperty(name = "portal.db.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "portal.db.owner-user")
    Optional<String> ownerUser;

    @Inject
    @ConfigProperty(name = "portal.db.owner-password")
    Optional<String> ownerPassword;

    @Inject
    @ConfigProperty(name = "portal.demo-data", defaultValue = "false")
    boolean demoData;

    @Inject
    @ConfigProperty(name = "portal.db.schema")
    Optional<String> schema;

    @PostConstruct
    void migrate() {
        DataSource owner = ownerDataSource();
        boolean postgreSql = onPostgreSql(owner);
        List<String> locations = new ArrayList<>(List.of("classpath:db/migration"));
        if (postgreSql) {
            // what only PostgreSQL has (a trigram index); H2, the embedded database, runs without it
            locations.add("classpath:db/vendor/postgresql");
        }
        if (demoData) {
            locations.add("classpath:db/demo");
        }
        var configuration = Flyway.configure(DatabaseMigration.class.getClassLoader())
                .dataSource(owner)
                .locations(locations.toArray(String[]::new))
                .placeholders(Map.of(APP_ROLE_PLACEHOLDER, user))
                // the demo data is a repeatable migration that may be switched off later
                .ignoreMigrationPatterns("*:missing");
        if (postgreSql) {
            configuration.initSql(MIGRATION_SCOPE);
        }
        schema.filter(s -> !s.isBlank()).ifPresent(s -> configuration.schemas(s).defaultSchema(s));
        MigrateResult result = configuration.load().migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migrations run" + (demoData ? ", demo data on" : "") + ")");
    }

    /**
     * Unpooled connections for Flyway alone, as the owner; without {@code portal.db.owner-user}, as the portal's own
     * account.
     */
    DataSource ownerDataSource() {
        JdbcUrlDataSource owner = new JdbcUrlDataSource();
        owner.setUrl(url);
        String ownerName = ownerUser.filter(u -> !u.isBlank()).orElse(null);
        if (ownerName == null) {
            owner.setUser(user);
            owner.setPassword(password.orElse(null));
        } else {
            owner.setUser(ownerName);
            owner.setPassword(ownerPassword.orElse(null));
        }
        return owner;
    }

    private static boolean onPostgreSql(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the portal's database", e);
        }
    }
}
