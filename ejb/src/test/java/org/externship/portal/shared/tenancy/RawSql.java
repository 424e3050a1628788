package org.externship.portal.shared.tenancy;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.persistence.config.QueryHints;
import org.externship.portal.shared.control.DatabaseMigration;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * SQL that EclipseLink's tenant filter never sees, each call one transaction of the portal's own database account:
 * plain JDBC on the transaction's connection (the data source's, which the container enlists in the transaction, as
 * it does EclipseLink's), inside a hospital entered through {@link HospitalScope} as the portal enters it, or inside
 * none. What it finds is what row-level
 * security lets through, and nothing else.
 */
@Stateless
public class RawSql {

    /** Work on the transaction's connection. */
    public interface Work<T> {
        T on(Connection connection) throws SQLException;
    }

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    HospitalScope hospital;

    @Resource(lookup = DatabaseMigration.DATA_SOURCE)
    DataSource dataSource;

    public <T> T inHospital(String alias, Work<T> work) throws SQLException {
        hospital.enter(alias);
        return withoutHospital(work);
    }

    /** Without a hospital, after EclipseLink's first read of the transaction (when {@link StudentScope} steps in). */
    public <T> T afterAnEclipseLinkRead(Work<T> work) throws SQLException {
        em.createQuery("select count(h) from Hospital h", Long.class).getSingleResult();
        return withoutHospital(work);
    }

    public <T> T withoutHospital(Work<T> work) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return work.on(connection);
        }
    }

    /**
     * Inside hospital {@code alias}, the hospitals of every row EclipseLink reads through its two read models that are
     * not tenant-owned (no tenant predicate): the student's read path of applications, and the public externships.
     */
    public Map<String, List<String>> hospitalsOfReadModelsIn(String alias) {
        hospital.enter(alias);
        return Map.of(
                "StudentApplication", em.createQuery("select distinct a.hospitalAlias from StudentApplication a",
                        String.class).getResultList(),
                "PublicExternship", em.createQuery("select distinct e.tenantId from PublicExternship e",
                        String.class).getResultList());
    }

    /**
     * The hospital setting as two readers of one transaction see it, after the transaction read through EclipseLink
     * first and entered the hospital after that (as a student's boundary does): EclipseLink's own native query and a
     * connection of the data source; then how many published externships of other hospitals EclipseLink still reads.
     */
    public List<String> hospitalSettingAfterAnEarlierRead(String alias) throws SQLException {
        em.createQuery("select count(h) from Hospital h", Long.class).getSingleResult();
        hospital.enter(alias);
        String byEclipseLink = (String) em.createNativeQuery("select current_setting('portal.hospital', true)")
                .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
                .getSingleResult();
        String byDataSource;
        try (Connection connection = dataSource.getConnection()) {
            byDataSource = Sql.text(connection, "select current_setting('portal.hospital', true)");
        }
        String inPublicRead = em.createQuery("select count(e) from PublicExternship e where e.tenantId <> :alias",
                Long.class).setParameter("alias", alias).getSingleResult().toString();
        return List.of(String.valueOf(byEclipseLink), String.valueOf(byDataSource), inPublicRead);
    }
}
