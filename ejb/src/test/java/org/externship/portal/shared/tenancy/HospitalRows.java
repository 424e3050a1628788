package org.externship.portal.shared.tenancy;

import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One row of every tenant-owned table for a hospital, written with plain SQL inside it (row-level security checks
 * each one): a staff member, a published and a draft externship with a period each, an application of
 * {@code student} to the published one with its first event, and the placement it became, supervised by the staff
 * member.
 */
record HospitalRows(String alias, long staffMember, long published, long publishedPeriod, long draft,
                    long draftPeriod, long application, long event, long placement) {

    static HospitalRows write(Connection connection, String alias, String student) throws SQLException {
        long last = Sql.count(connection, "select nextval('portal_seq')"); // a block of 50 ids no one else gets
        HospitalRows rows = new HospitalRows(alias, last, last - 1, last - 2, last - 3, last - 4, last - 5, last - 6,
                last - 7);
        Timestamp now = Timestamp.from(Instant.now());
        LocalDate start = LocalDate.now().plusMonths(3);
        Sql.update(connection, "insert into staff_member (id, tenant_id, keycloak_user_id, full_name, email, "
                + "staff_role, version) values (?, ?, ?, 'Row Walled', ?, 'ATTENDING', 0)",
                rows.staffMember, alias, UUID.randomUUID().toString(), "walled@" + alias + ".example");
        externship(connection, rows.published, alias, "PUBLISHED", now, start);
        period(connection, rows.publishedPeriod, alias, rows.published, start);
        externship(connection, rows.draft, alias, "DRAFT", now, start);
        period(connection, rows.draftPeriod, alias, rows.draft, start);
        Sql.update(connection, "insert into application (id, tenant_id, externship_id, period_id, student_subject, "
                + "student_name, student_email, externship_title, hospital_name, start_date, end_date, statement, "
                + "status, updated_at, version) values (?, ?, ?, ?, ?, 'Walled Student', 'student@example.org', "
                + "'Walled', ?, ?, ?, 'Let me in', 'ACCEPTED', ?, 0)",
                rows.application, alias, rows.published, rows.publishedPeriod, student, "Hospital " + alias,
                Date.valueOf(start), Date.valueOf(start.plusWeeks(4)), now);
        Sql.update(connection, "insert into application_event (id, tenant_id, application_id, status, actor, "
                + "occurred_at, version) values (?, ?, ?, 'ACCEPTED', 'STUDENT', ?, 0)",
                rows.event, alias, rows.application, now);
        Sql.update(connection, "insert into placement (id, tenant_id, application_id, period_id, created_at, version) "
                + "values (?, ?, ?, ?, ?, 0)", rows.placement, alias, rows.application, rows.publishedPeriod, now);
        Sql.update(connection, "insert into placement_attending (placement_id, staff_member_id) values (?, ?)",
                rows.placement, rows.staffMember);
        return rows;
    }

    private static void externship(Connection connection, long id, String alias, String status, Timestamp now,
                                   LocalDate start) throws SQLException {
        Sql.update(connection, "insert into externship (id, tenant_id, title, externship_type, specialty, "
                + "clinical_setting, city, state, description, scope, duration_weeks, application_deadline, "
                + "final_year_accepted, step1_required, step2ck_required, step3_required, ecfmg_required, "
                + "accepted_visas, required_documents, malpractice_provided, status, updated_at, version, first_start, "
                + "last_start, search_text) values (?, ?, 'Walled rotation', 'HANDS_ON_CLINICAL', 'INTERNAL_MEDICINE', "
                + "'INPATIENT', 'Brooklyn', 'NY', 'Behind two walls', 'Rounds', 4, ?, true, false, false, false, "
                + "false, '', '', false, ?, ?, 0, ?, ?, 'walled rotation behind two walls brooklyn')",
                id, alias, Date.valueOf(start.minusWeeks(6)), status, now, Date.valueOf(start), Date.valueOf(start));
    }

    private static void period(Connection connection, long id, String alias, long externship, LocalDate start)
            throws SQLException {
        Sql.update(connection, "insert into rotation_period (id, tenant_id, externship_id, start_date, end_date, "
                + "seats, version) values (?, ?, ?, ?, ?, 2, 0)",
                id, alias, externship, Date.valueOf(start), Date.valueOf(start.plusWeeks(4)));
    }
}
