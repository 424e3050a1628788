package org.externship.portal.shared.control;

import org.eclipse.microprofile.config.ConfigProvider;

import javax.sql.DataSource;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * A data source that connects to whatever its JDBC URL names (H2 or PostgreSQL), so that one
 * {@code @DataSourceDefinition} serves both: the operator sets only {@code PORTAL_DB_URL}, user and password (and
 * {@code PORTAL_DB_SCHEMA} to keep the portal's tables in a schema of their own).
 * The container pools its connections.
 */
public class JdbcUrlDataSource implements DataSource {

    private String url;
    private String user;
    private String password;
    private PrintWriter logWriter;
    private int loginTimeout;

    public void setUrl(String url) {
        this.url = url;
    }

    public void setURL(String url) {
        this.url = url;
    }

    public String getUrl() {
        return url;
    }

    public void setUser(String user) {
        this.user = user;
    }

    public String getUser() {
        return user;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return getConnection(user, password);
    }

    @Override
    public Connection getConnection(String username, String pass) throws SQLException {
        Properties properties = new Properties();
        if (username != null && !username.isBlank()) {
            properties.setProperty("user", username);
        }
        if (pass != null && !pass.isBlank()) {
            properties.setProperty("password", pass);
        }
        Connection connection = driverFor(url).connect(url, properties);
        if (connection == null) {
            throw new SQLException("No driver accepts the database URL " + url);
        }
        Optional<String> schema = schema();
        if (schema.isPresent()) {
            connection.setSchema(schema.get());
        }
        return connection;
    }

    /** The schema of {@code portal.db.schema} (which Flyway creates and migrates), if one is set. */
    private static Optional<String> schema() {
        return ConfigProvider.getConfig(JdbcUrlDataSource.class.getClassLoader())
                .getOptionalValue("portal.db.schema", String.class)
                .filter(s -> !s.isBlank());
    }

    static Driver driverFor(String url) throws SQLException {
        if (url == null || url.isBlank()) {
            throw new SQLException("No database URL: set PORTAL_DB_URL (portal.db.url)");
        }
        String driverClass;
        if (url.startsWith("jdbc:h2:")) {
            driverClass = "org.h2.Driver";
        } else if (url.startsWith("jdbc:postgresql:")) {
            driverClass = "org.postgresql.Driver";
        } else {
            throw new SQLException("Unsupported database URL " + url + ": the portal runs on H2 or PostgreSQL");
        }
        try {
            return (Driver) Class.forName(driverClass, true, JdbcUrlDataSource.class.getClassLoader())
                    .getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new SQLException("JDBC driver " + driverClass + " is not available", e);
        }
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("no parent logger");
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("Not a wrapper of " + type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
