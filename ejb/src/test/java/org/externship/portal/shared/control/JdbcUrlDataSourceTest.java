package org.externship.portal.shared.control;

import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JdbcUrlDataSourceTest {

    @Test
    void picksThePostgreSqlDriverForAPostgreSqlUrl() throws SQLException {
        assertEquals("org.postgresql.Driver",
                JdbcUrlDataSource.driverFor("jdbc:postgresql://127.0.0.1:5432/portal").getClass().getName());
    }

    @Test
    void refusesOtherDatabasesWithAClearMessage() {
        SQLException e = assertThrows(SQLException.class,
                () -> JdbcUrlDataSource.driverFor("jdbc:mysql://localhost/portal"));
        assertTrue(e.getMessage().contains("H2 or PostgreSQL"), e.getMessage());
    }

    @Test
    void saysWhichSettingIsMissing() {
        SQLException e = assertThrows(SQLException.class, () -> JdbcUrlDataSource.driverFor(" "));
        assertTrue(e.getMessage().contains("PORTAL_DB_URL"), e.getMessage());
    }
}
