package org.externship.portal.testing;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.persistence.config.QueryHints;
import org.externship.portal.identity.entity.StaffMember;
import org.externship.portal.identity.entity.StaffRole;
import org.externship.portal.letters.control.LinkSecret;
import org.externship.portal.shared.control.DatabaseMigration;
import org.externship.portal.shared.tenancy.HospitalScope;
import org.externship.portal.tenant.entity.Hospital;
import org.externship.portal.tenant.entity.HospitalType;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Writes and reads test rows behind the boundaries' backs, each call in its own transaction. It names the hospital
 * it acts for explicitly and enters it through {@link HospitalScope}, as the portal does (so PostgreSQL's row-level
 * security lets its rows through as well), and a test can seed two hospitals and read either one back.
 */
@Stateless
public class TestData {

    /** The portal's persistence unit refuses native SQL (it has multitenant entities); these test reads may. */
    private static final String NATIVE_SQL = QueryHints.ALLOW_NATIVE_SQL_QUERY;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Resource(lookup = DatabaseMigration.DATA_SOURCE)
    DataSource dataSource;

    @Inject
    HospitalScope hospitalScope;

    /** A new hospital (alias from {@code label}) with a coordinator and two attendings. */
    public StaffedHospital staffedHospital(String label) {
        String alias = Unique.alias(label);
        actFor(alias);
        Hospital hospital = hospital(alias);
        em.flush(); // the staff rows refer to the hospital's alias
        return new StaffedHospital(hospital,
                staff(alias, StaffRole.COORDINATOR, Unique.name("Coordinator")),
                staff(alias, StaffRole.ATTENDING, Unique.name("Attending")),
                staff(alias, StaffRole.ATTENDING, Unique.name("Attending")));
    }

    /** A hospital, alias {@code alias}, named after it (so names are as unique as aliases). */
    public Hospital hospital(String alias) {
        Hospital hospital = new Hospital(alias, "Hospital " + alias, HospitalType.TEACHING_HOSPITAL, "Springfield",
                "IL", alias + ".example", Instant.now().truncatedTo(ChronoUnit.MILLIS));
        em.persist(hospital);
        return hospital;
    }

    /** A staff member of hospital {@code alias}, with a fresh Keycloak subject. */
    public StaffMember staff(String alias, StaffRole role, String fullName) {
        return staff(alias, role, fullName, UUID.randomUUID().toString());
    }

    public StaffMember staff(String alias, StaffRole role, String fullName, String subject) {
        actFor(alias);
        StaffMember member = new StaffMember(subject, fullName, emailOf(fullName, alias), role);
        member.describe(role == StaffRole.COORDINATOR ? "Externship coordinator" : "Attending physician",
                role == StaffRole.COORDINATOR ? null : "Internal medicine");
        em.persist(member);
        return member;
    }

    /** Staff member {@code id} as hospital {@code alias} sees it, if it is one of theirs. */
    public Optional<StaffMember> staffMember(String alias, long id) {
        actFor(alias);
        return Optional.ofNullable(em.find(StaffMember.class, id));
    }

    /** Hospital {@code alias}'s whole staff directory. */
    public List<StaffMember> staffOf(String alias) {
        actFor(alias);
        return em.createNamedQuery(StaffMember.ALL, StaffMember.class).getResultList();
    }

    public Optional<Hospital> hospitalByAlias(String alias) {
        return em.createNamedQuery(Hospital.BY_ALIAS, Hospital.class).setParameter("alias", alias)
                .getResultStream()
                .findFirst();
    }

    /**
     * The tenant column of a staff row as stored, read with plain SQL (no EclipseLink tenant filter) inside hospital
     * {@code alias} (on PostgreSQL, row-level security shows that hospital's rows only); null if not found there.
     */
    public String storedTenantOf(String alias, long staffMemberId) {
        actFor(alias);
        return ((List<?>) em.createNativeQuery("select tenant_id from staff_member where id = ?")
                .setHint(NATIVE_SQL, true)
                .setParameter(1, staffMemberId)
                .getResultList()).stream()
                .map(String.class::cast)
                .findFirst()
                .orElse(null);
    }

    /** Deactivates staff member {@code id} of hospital {@code alias} at once, as the people feature does. */
    public void deactivate(String alias, long staffMemberId) {
        actFor(alias);
        em.find(StaffMember.class, staffMemberId).deactivate(Instant.now());
    }

    /** Reactivates staff member {@code id} of hospital {@code alias} at once, as the people feature does. */
    public void reactivate(String alias, long staffMemberId) {
        actFor(alias);
        em.find(StaffMember.class, staffMemberId).reactivate();
    }

    /** Lets the offer of application {@code id} (of hospital {@code alias}) run out an hour ago. */
    public void runOutOffer(String alias, long applicationId) {
        actFor(alias);
        em.createNativeQuery("update application set offer_expires_at = ? where id = ?")
                .setHint(NATIVE_SQL, true)
                .setParameter(1, java.sql.Timestamp.from(Instant.now().minus(1, ChronoUnit.HOURS)))
                .setParameter(2, applicationId)
                .executeUpdate();
    }

    /** Lets the rotation of application {@code id} (of hospital {@code alias}) start today, as if its day had come. */
    public void startRotation(String alias, long applicationId) {
        actFor(alias);
        em.createNativeQuery("update application set start_date = ? where id = ?")
                .setHint(NATIVE_SQL, true)
                .setParameter(1, java.sql.Date.valueOf(java.time.LocalDate.now()))
                .setParameter(2, applicationId)
                .executeUpdate();
    }

    /**
     * Gives the sent download link of letter delivery {@code deliveryId} (of hospital {@code alias}) the secret
     * {@code secret}: the portal's own secret travels only in the recipient's e-mail, which in-container tests do not
     * read (the browser test follows the e-mail's link).
     */
    public void knownLinkSecret(String alias, long deliveryId, String secret) {
        actFor(alias);
        em.createNativeQuery("update letter_delivery set link_hash = ? where id = ? and link_hash is not null")
                .setHint(NATIVE_SQL, true)
                .setParameter(1, LinkSecret.hash(secret))
                .setParameter(2, deliveryId)
                .executeUpdate();
    }

    /**
     * Alters the stored confirmed hours of the certificate of placement {@code placementId} (of hospital
     * {@code alias}), as someone writing to the database behind the portal's back would.
     */
    public void alterCertificateHours(String alias, long placementId, String hours) {
        actFor(alias);
        em.createNativeQuery("update certificate set confirmed_hours = ? where placement_id = ?")
                .setHint(NATIVE_SQL, true)
                .setParameter(1, new java.math.BigDecimal(hours))
                .setParameter(2, placementId)
                .executeUpdate();
    }

    /** Whether the portal's database is PostgreSQL (else the embedded H2). */
    public boolean onPostgreSql() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
        }
    }

    /** The versions of the migrations Flyway has applied successfully, from its history table. */
    @SuppressWarnings("unchecked")
    public List<String> appliedMigrations() {
        return ((List<Object>) em.createNativeQuery(
                        "select version from flyway_schema_history where success = true and version is not null")
                .setHint(NATIVE_SQL, true)
                .getResultList()).stream()
                .map(String::valueOf)
                .toList();
    }

    private void actFor(String alias) {
        hospitalScope.enter(alias);
    }

    private static String emailOf(String fullName, String alias) {
        return fullName.toLowerCase().replaceAll("[^a-z0-9]+", ".") + "@" + alias + ".example";
    }
}
