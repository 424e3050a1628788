package org.externship.portal.shared.tenancy;

import jakarta.inject.Inject;
import org.externship.portal.application.boundary.ApplicationSummary;
import org.externship.portal.application.boundary.MyApplications;
import org.externship.portal.shared.security.CurrentUser;
import org.externship.portal.testing.AsStudent;
import org.externship.portal.testing.TestData;
import org.externship.portal.testing.Unique;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The second wall (PostgreSQL only: the H2 run of ejb/pom.xml leaves out the tag "postgresql"): with EclipseLink's
 * tenant filter out of the way (plain SQL on the transaction's connection, and EclipseLink's read models that are not
 * tenant-owned), the portal's own database account still finds no row of another hospital, no tenant-owned row at all
 * outside a hospital (published externships and their periods aside), cannot write a row for another hospital, and
 * can neither own nor change the schema. Two hospitals, A and B, each with one row in every tenant-owned table.
 */
@Tag("postgresql")
@ExtendWith(ArquillianExtension.class)
class RowLevelSecurityPostgreSqlIT {

    /** The tenant-owned tables: every table with a tenant_id, and the attendings of a placement. */
    private static final Set<String> WALLED = Set.of("staff_member", "externship", "rotation_period", "application",
            "application_event", "placement", "placement_attending", "letter_version", "letter_content",
            "letter_access", "letter_draft", "letterhead", "evaluation_reminder", "compliance_requirement");
    /**
     * A student's own tables, walled by the student (and read by a hospital's staff where the row names the hospital):
     * the learning log (V11_1), the ERAS experience drafts (V12_1), the letter requests (V14_1), the letters'
     * deliveries (V19_1), the message threads and messages (V20_1), attendance (V25_1), evaluations (V27_1),
     * certificates (V28_1: also read by anyone who verifies one, in a transaction acting for no hospital) and the
     * onboarding checklists' items (V32_1).
     */
    private static final Set<String> STUDENT_WALLED = Set.of("log_entry", "log_entry_version", "experience_draft",
            "letter_request", "letter_delivery", "message_thread", "thread_message", "attendance_day",
            "evaluation", "certificate", "compliance_item");
    /** Not row-secured, on purpose (db/vendor/postgresql/V8_1; portal_key: the portal's own keys, V28). */
    private static final Set<String> OPEN = Set.of("hospital", "clinical_passport", "passport_document",
            "notification", "saved_search", "flyway_schema_history",
            "portal_key");
    private static final String REFUSED = "42501";
    /** An offer the housekeeping still has to mark lapsed: the one application row no one's in particular. */
    private static final String NOT_A_RUN_OUT_OFFER =
            "not (status = 'OFFERED' and offer_expires_at <= localtimestamp)";

    @Inject
    RawSql raw;

    @Inject
    TestData data;

    @Inject
    CurrentUser currentUser;

    @Inject
    TenantContext tenant;

    @Inject
    AsStudent asStudent;

    @Inject
    MyApplications myApplications;

    private HospitalRows a;
    private HospitalRows b;
    private String student;

    @BeforeEach
    void twoHospitals() throws Exception {
        student = UUID.randomUUID().toString();
        a = seed("a", student);
        b = seed("b", student);
    }

    @Test
    void insideHospitalANoRowOfHospitalBIsFound() throws Exception {
        Map<String, Long> foreign = raw.inHospital(a.alias(), c -> {
            Map<String, Long> counts = new LinkedHashMap<>();
            for (String table : WALLED) {
                if (!table.equals("placement_attending")) {
                    counts.put(table, Sql.count(c, "select count(*) from " + table + " where tenant_id <> ?",
                            a.alias()));
                }
            }
            counts.put("placement_attending of B", Sql.count(c,
                    "select count(*) from placement_attending where placement_id = ?", b.placement()));
            counts.put("externship B (by id)", Sql.count(c, "select count(*) from externship where id in (?, ?)",
                    b.published(), b.draft()));
            return counts;
        });
        Map<String, Long> own = raw.inHospital(a.alias(), c -> ownRows(c, a));

        foreign.forEach((table, count) -> assertEquals(0L, count, "rows not of A in " + table));
        assertEquals(Map.of("staff_member", 1L, "externship", 2L, "rotation_period", 2L, "application", 1L,
                "application_event", 1L, "placement", 1L, "placement_attending", 1L), own, "A's own rows");
    }

    @Test
    void eclipseLinksReadModelsWithoutTenantFilterFindOnlyTheHospitalsRows() throws Exception {
        // StudentApplication and PublicExternship are not tenant-owned: EclipseLink adds no tenant predicate to them
        Map<String, List<String>> hospitals = raw.hospitalsOfReadModelsIn(a.alias());

        assertEquals(Map.of("StudentApplication", List.of(a.alias()), "PublicExternship", List.of(a.alias())),
                hospitals);
    }

    @Test
    void outsideAnyHospitalOnlyPublishedExternshipsAndTheirPeriodsShow() throws Exception {
        Map<String, Long> seen = raw.withoutHospital(c -> {
            Map<String, Long> counts = new LinkedHashMap<>();
            counts.put("staff_member", Sql.count(c, "select count(*) from staff_member"));
            counts.put("externship not published", Sql.count(c,
                    "select count(*) from externship where status <> 'PUBLISHED'"));
            counts.put("rotation_period of no published externship", Sql.count(c, "select count(*) from "
                    + "rotation_period p where not exists (select 1 from externship e where e.id = p.externship_id "
                    + "and e.status = 'PUBLISHED')"));
            counts.put("application", Sql.count(c, "select count(*) from application where " + NOT_A_RUN_OUT_OFFER));
            counts.put("application_event", Sql.count(c, "select count(*) from application_event"));
            counts.put("placement", Sql.count(c, "select count(*) from placement"));
            counts.put("placement_attending", Sql.count(c, "select count(*) from placement_attending"));
            return counts;
        });
        List<String> published = raw.withoutHospital(c -> Sql.texts(c,
                "select id::text from externship where id in (?, ?, ?, ?) union all "
                        + "select id::text from rotation_period where id in (?, ?, ?, ?)",
                a.published(), a.draft(), b.published(), b.draft(),
                a.publishedPeriod(), a.draftPeriod(), b.publishedPeriod(), b.draftPeriod()));

        seen.forEach((what, count) -> assertEquals(0L, count, what));
        assertEquals(Set.of(a.published(), b.published(), a.publishedPeriod(), b.publishedPeriod()),
                published.stream().map(Long::valueOf).collect(Collectors.toSet()), "the public read model's rows");
    }

    @Test
    void aSignedInStudentReadsTheirOwnApplicationsAndPlacementsInEveryHospitalAndNothingElse() throws Exception {
        String other = UUID.randomUUID().toString();
        HospitalRows c = seed("c", other);
        long requirementOfA = raw.inHospital(a.alias(), con -> requirement(con, a.alias()));
        long requirementOfC = raw.inHospital(c.alias(), con -> requirement(con, c.alias()));
        currentUser.signedIn(student, "Walled Student", "student@example.org");

        List<String> subjects = raw.afterAnEclipseLinkRead(con -> Sql.texts(con,
                "select student_subject from application where " + NOT_A_RUN_OUT_OFFER));
        List<String> hospitals = raw.afterAnEclipseLinkRead(con -> Sql.texts(con,
                "select tenant_id from application where " + NOT_A_RUN_OUT_OFFER + " order by tenant_id"));
        List<String> placements = raw.afterAnEclipseLinkRead(con -> Sql.texts(con,
                "select id::text from placement"));
        List<String> requirements = raw.afterAnEclipseLinkRead(con -> Sql.texts(con,
                "select id::text from compliance_requirement where id in (?, ?)", requirementOfA, requirementOfC));
        long otherRows = raw.afterAnEclipseLinkRead(con -> Sql.count(con, "select count(*) from staff_member")
                + Sql.count(con, "select count(*) from application_event")
                + Sql.count(con, "select count(*) from placement_attending"));

        assertEquals(Set.of(student), Set.copyOf(subjects), "only the student's own applications");
        assertEquals(new TreeSet<>(List.of(a.alias(), b.alias())), new TreeSet<>(hospitals));
        assertFalse(hospitals.contains(c.alias()), "another student's application");
        assertEquals(Set.of(String.valueOf(a.placement()), String.valueOf(b.placement())), Set.copyOf(placements),
                "the placements of the student's own applications (V35), not another student's");
        assertEquals(List.of(String.valueOf(requirementOfA)), requirements,
                "the onboarding requirements of a hospital where the student is placed (V35), no other");
        assertEquals(0L, otherRows, "a student reads nothing else of a hospital's");
    }

    /** A current onboarding requirement of hospital {@code alias}, written inside it; answers its id. */
    private static long requirement(Connection c, String alias) throws SQLException {
        long id = Sql.count(c, "select nextval('portal_seq')");
        Sql.update(c, "insert into compliance_requirement (id, tenant_id, name, kind, expires, created_at, version) "
                + "values (?, ?, 'Walled policy', 'SIGNED_POLICY', false, ?, 0)", id, alias,
                Timestamp.from(Instant.now()));
        return id;
    }

    @Test
    void theStudentsOwnReadPathFindsTheirApplicationsInEveryHospital() throws Exception {
        tenant.actFor(null);
        currentUser.signedIn(student, "Walled Student", "student@example.org");

        List<Long> mine = asStudent.call(myApplications::mine).stream().map(ApplicationSummary::id).toList();

        assertEquals(Set.of(a.application(), b.application()), Set.copyOf(mine),
                "StudentReadPath: its own persistence context, before any hospital is entered");
    }

    @Test
    void rowsForAnotherHospitalAreRefusedAndItsRowsCannotBeReached() throws Exception {
        Map<String, String> attempts = raw.inHospital(a.alias(), c -> {
            Map<String, String> results = new LinkedHashMap<>();
            results.put("insert staff of B", Sql.attempt(c, "insert into staff_member (id, tenant_id, "
                    + "keycloak_user_id, full_name, email, staff_role, version) values (nextval('portal_seq'), ?, ?, "
                    + "'Smuggled', 'smuggled@example.org', 'COORDINATOR', 0)",
                    b.alias(), UUID.randomUUID().toString()));
            results.put("move A's staff to B", Sql.attempt(c, "update staff_member set tenant_id = ? where id = ?",
                    b.alias(), a.staffMember()));
            results.put("event for B's application", Sql.attempt(c, "insert into application_event (id, tenant_id, "
                    + "application_id, status, actor, occurred_at, version) values (nextval('portal_seq'), ?, ?, "
                    + "'WITHDRAWN', 'STUDENT', localtimestamp, 0)", b.alias(), b.application()));
            results.put("B's attending on A's placement", Sql.attempt(c, "insert into placement_attending "
                    + "(placement_id, staff_member_id) values (?, ?)", a.placement(), b.staffMember()));
            results.put("A's attending on B's placement", Sql.attempt(c, "insert into placement_attending "
                    + "(placement_id, staff_member_id) values (?, ?)", b.placement(), a.staffMember()));
            results.put("rename B's staff", Sql.attempt(c, "update staff_member set full_name = 'Renamed' "
                    + "where id = ?", b.staffMember()));
            results.put("delete B's attendings", Sql.attempt(c, "delete from placement_attending "
                    + "where placement_id = ?", b.placement()));
            results.put("close B's externship", Sql.attempt(c, "update externship set status = 'CLOSED' "
                    + "where id = ?", b.published()));
            return results;
        });
        Map<String, Long> bAfter = raw.inHospital(b.alias(), c -> ownRows(c, b));

        assertEquals(REFUSED, attempts.get("insert staff of B"));
        assertEquals(REFUSED, attempts.get("move A's staff to B"));
        assertEquals(REFUSED, attempts.get("event for B's application"));
        assertEquals(REFUSED, attempts.get("B's attending on A's placement"));
        assertEquals(REFUSED, attempts.get("A's attending on B's placement"));
        assertEquals("ok, 0 rows", attempts.get("rename B's staff"));
        assertEquals("ok, 0 rows", attempts.get("delete B's attendings"));
        assertEquals("ok, 0 rows", attempts.get("close B's externship"));
        assertEquals(Map.of("staff_member", 1L, "externship", 2L, "rotation_period", 2L, "application", 1L,
                "application_event", 1L, "placement", 1L, "placement_attending", 1L), bAfter, "B's rows");
        assertEquals("PUBLISHED", raw.inHospital(b.alias(), c -> Sql.text(c,
                "select status from externship where id = ?", b.published())));
    }

    /** Issue 11: the letters' access trail takes entries and keeps them: the portal's role may insert and select. */
    @Test
    void theLetterAccessTrailTakesEntriesAndNothingChangesOrRemovesThem() throws Exception {
        Map<String, String> attempts = raw.inHospital(a.alias(), c -> {
            Map<String, String> results = new LinkedHashMap<>();
            results.put("add", Sql.attempt(c, "insert into letter_access (id, tenant_id, request_id, actor_subject, "
                    + "actor_name, actor_role, action, allowed, accessed_at) values (nextval('portal_seq'), ?, 1, "
                    + "'someone', 'Someone', 'attending', 'READ', true, localtimestamp)", a.alias()));
            results.put("read", String.valueOf(Sql.count(c, "select count(*) from letter_access where tenant_id = ?",
                    a.alias())));
            results.put("change", Sql.attempt(c, "update letter_access set allowed = false where tenant_id = ?",
                    a.alias()));
            results.put("remove", Sql.attempt(c, "delete from letter_access where tenant_id = ?", a.alias()));
            results.put("empty", Sql.attempt(c, "truncate letter_access"));
            return results;
        });
        assertEquals("ok, 1 rows", attempts.get("add"));
        assertNotEquals("0", attempts.get("read"), "the hospital reads its trail");
        assertEquals(REFUSED, attempts.get("change"));
        assertEquals(REFUSED, attempts.get("remove"));
        assertEquals(REFUSED, attempts.get("empty"));
        assertEquals("0", raw.withoutHospital(c -> String.valueOf(Sql.count(c,
                "select count(*) from letter_access where tenant_id = ?", a.alias()))), "nobody else reads it");
    }

    @Test
    void theHospitalIsTheTransactionsAloneOnEclipseLinksConnection() throws Exception {
        assertEquals(List.of(a.alias(), a.alias(), "0"), raw.hospitalSettingAfterAnEarlierRead(a.alias()));
        for (int i = 0; i < 10; i++) {
            String after = raw.withoutHospital(c -> Sql.text(c, "select current_setting('portal.hospital', true)"));
            assertTrue(after == null || after.isEmpty(), "a later transaction still acts for " + after);
        }
    }

    @Test
    void aHospitalsTransactionRunsOnGenericPlansAndNoOtherDoes() throws Exception {
        assertEquals("force_generic_plan", raw.inHospital(a.alias(),
                c -> Sql.text(c, "select current_setting('plan_cache_mode')")));
        assertEquals("auto", raw.withoutHospital(c -> Sql.text(c, "select current_setting('plan_cache_mode')")),
                "a student's, a visitor's or a timer's transaction plans as PostgreSQL chooses");
    }

    @Test
    void theMigrationScopeIsTheOwnersAlone() throws Exception {
        long seen = raw.withoutHospital(c -> {
            Sql.text(c, "select set_config('portal.scope', 'migration', true)");
            return Sql.count(c, "select count(*) from staff_member") + Sql.count(c, "select count(*) from placement");
        });
        assertEquals(0L, seen, "the portal's account passed the owner's migration policy");
    }

    @Test
    void thePortalsAccountOwnsNothingAndCannotChangeTheSchema() throws Exception {
        Map<String, String> account = raw.withoutHospital(c -> {
            Map<String, String> facts = new LinkedHashMap<>();
            facts.put("superuser or bypassrls", Sql.text(c,
                    "select (rolsuper or rolbypassrls)::text from pg_roles where rolname = current_user"));
            facts.put("tables owned", Sql.text(c,
                    "select count(*)::text from pg_tables where tableowner = current_user"));
            facts.put("relations owned", Sql.text(c,
                    "select count(*)::text from pg_class where relowner = (select oid from pg_roles "
                            + "where rolname = current_user)"));
            facts.put("owner of staff_member", Sql.text(c,
                    "select (tableowner = current_user)::text from pg_tables where tablename = 'staff_member' "
                            + "and schemaname = current_schema()"));
            facts.put("create in schema", Sql.text(c,
                    "select has_schema_privilege(current_schema(), 'CREATE')::text"));
            facts.put("create in database", Sql.text(c,
                    "select has_database_privilege(current_database(), 'CREATE')::text"));
            facts.put("create table", Sql.attempt(c, "create table walled_probe (id bigint)"));
            facts.put("create sequence", Sql.attempt(c, "create sequence walled_probe_seq"));
            facts.put("alter table", Sql.attempt(c, "alter table staff_member add column walled_probe text"));
            facts.put("disable row security", Sql.attempt(c,
                    "alter table staff_member disable row level security"));
            facts.put("stop forcing row security", Sql.attempt(c,
                    "alter table application no force row level security"));
            facts.put("drop policy", Sql.attempt(c, "drop policy application_student on application"));
            facts.put("drop table", Sql.attempt(c, "drop table placement_attending"));
            facts.put("rewrite Flyway's history", Sql.attempt(c, "delete from flyway_schema_history"));
            facts.put("read Flyway's history", Sql.text(c,
                    "select (count(*) > 0)::text from flyway_schema_history"));
            return facts;
        });

        assertEquals("false", account.get("superuser or bypassrls"), "the portal must not connect as a superuser");
        assertEquals("0", account.get("tables owned"));
        assertEquals("0", account.get("relations owned"));
        assertEquals("false", account.get("owner of staff_member"));
        assertEquals("false", account.get("create in schema"));
        assertEquals("false", account.get("create in database"));
        for (String change : List.of("create table", "create sequence", "alter table", "disable row security",
                "stop forcing row security", "drop policy", "drop table", "rewrite Flyway's history")) {
            assertEquals(REFUSED, account.get(change), change);
        }
        assertEquals("true", account.get("read Flyway's history"));
    }

    @Test
    void everyPolicyReadsTheRequestsSettingsOncePerQuery() throws Exception {
        List<String> bare = raw.withoutHospital(c -> Sql.texts(c, "select tablename || '.' || policyname "
                + "from pg_policies where schemaname = current_schema() and (qual ~ '(?<!SELECT )portal_[a-z]+\\(\\)' "
                + "or with_check ~ '(?<!SELECT )portal_[a-z]+\\(\\)')"));
        assertEquals(List.of(), bare, "policies calling portal_hospital(), portal_student() or portal_migrating() "
                + "for every row: write (SELECT portal_hospital()), as V41 does");
        long policies = raw.withoutHospital(c -> Long.parseLong(Sql.text(c,
                "select count(*)::text from pg_policies where schemaname = current_schema()")));
        assertTrue(policies > 40, policies + " policies");
    }

    @Test
    void everyTenantOwnedTableIsWalledAndForcedAndEveryOtherTableIsNamed() throws Exception {
        Map<String, String> tables = raw.withoutHospital(c -> {
            Map<String, String> security = new LinkedHashMap<>();
            for (String row : Sql.texts(c, "select c.relname || ':' || c.relrowsecurity || ':' "
                    + "|| c.relforcerowsecurity from pg_class c "
                    + "where c.relnamespace = current_schema()::regnamespace and c.relkind = 'r'")) {
                String[] parts = row.split(":");
                security.put(parts[0], parts[1] + ":" + parts[2]);
            }
            return security;
        });
        List<String> withTenantColumn = raw.withoutHospital(c -> Sql.texts(c, "select table_name from "
                + "information_schema.columns where table_schema = current_schema() and column_name = 'tenant_id'"));

        Set<String> walled = new TreeSet<>();
        tables.forEach((table, security) -> {
            if (security.startsWith("true")) {
                walled.add(table);
                assertEquals("true:true", security, table + " is not FORCEd: its owner would pass");
            }
        });
        Set<String> expected = new TreeSet<>(WALLED);
        expected.addAll(STUDENT_WALLED);
        assertEquals(expected, walled);
        assertTrue(expected.containsAll(withTenantColumn), "tenant-owned but not walled: " + withTenantColumn);
        Set<String> unnamed = new TreeSet<>(tables.keySet());
        unnamed.removeAll(expected);
        unnamed.removeAll(OPEN);
        assertEquals(Set.of(), unnamed, "tables neither walled nor named as open: decide");
        assertNotEquals(0, tables.size());
    }

    private HospitalRows seed(String label, String applicant) throws Exception {
        String alias = Unique.alias(label);
        data.hospital(alias);
        return raw.inHospital(alias, c -> HospitalRows.write(c, alias, applicant));
    }

    private static Map<String, Long> ownRows(Connection c, HospitalRows rows) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("staff_member", Sql.count(c, "select count(*) from staff_member where id = ?", rows.staffMember()));
        counts.put("externship", Sql.count(c, "select count(*) from externship where id in (?, ?)",
                rows.published(), rows.draft()));
        counts.put("rotation_period", Sql.count(c, "select count(*) from rotation_period where id in (?, ?)",
                rows.publishedPeriod(), rows.draftPeriod()));
        counts.put("application", Sql.count(c, "select count(*) from application where id = ?", rows.application()));
        counts.put("application_event", Sql.count(c, "select count(*) from application_event where id = ?",
                rows.event()));
        counts.put("placement", Sql.count(c, "select count(*) from placement where id = ?", rows.placement()));
        counts.put("placement_attending", Sql.count(c,
                "select count(*) from placement_attending where placement_id = ?", rows.placement()));
        return counts;
    }
}
