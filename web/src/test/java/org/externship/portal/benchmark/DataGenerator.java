package org.externship.portal.benchmark;

import org.externship.portal.listing.entity.Externship;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Fills a migrated portal database with a realistic volume, fast (JDBC batches): hospitals, externships with two
 * rotation periods each, students' applications with their timelines. The first hospital of every hundred is an
 * existing demo hospital's alias when given, so the demo coordinators have a realistic queue. Deterministic (fixed
 * seed); ids start far above the portal's sequence, which is moved past them at the end.
 */
final class DataGenerator {

    static final long FIRST_ID = 50_000_000L;
    private static final int BATCH = 2_000;
    private static final String[][] CITIES = {{"Brooklyn", "NY"}, {"Bronx", "NY"}, {"Newark", "NJ"},
            {"Chicago", "IL"}, {"Detroit", "MI"}, {"Houston", "TX"}, {"Dallas", "TX"}, {"Miami", "FL"},
            {"Orlando", "FL"}, {"Atlanta", "GA"}, {"Cleveland", "OH"}, {"Columbus", "OH"}, {"Philadelphia", "PA"},
            {"Pittsburgh", "PA"}, {"Baltimore", "MD"}, {"Boston", "MA"}, {"Phoenix", "AZ"}, {"Los Angeles", "CA"},
            {"San Diego", "CA"}, {"Seattle", "WA"}, {"Denver", "CO"}, {"Nashville", "TN"}, {"Memphis", "TN"},
            {"St. Louis", "MO"}, {"Minneapolis", "MN"}, {"Milwaukee", "WI"}, {"Las Vegas", "NV"},
            {"Albuquerque", "NM"}, {"Louisville", "KY"}, {"Richmond", "VA"}};
    private static final String[] SPECIALTIES = {"INTERNAL_MEDICINE", "FAMILY_MEDICINE", "PEDIATRICS", "NEUROLOGY",
            "SURGERY", "PSYCHIATRY", "EMERGENCY_MEDICINE", "OBSTETRICS_GYNECOLOGY", "CARDIOLOGY", "RADIOLOGY"};
    private static final String[] TYPES = {"OBSERVATIONAL", "HANDS_ON_CLINICAL", "RESEARCH_HYBRID",
            "COMMUNITY_SAFETY_NET"};
    private static final String[] SETTINGS = {"INPATIENT", "OUTPATIENT", "ICU", "EMERGENCY", "PROCEDURES"};
    private static final String[] VISAS = {"B1", "B1,B2", "B1,J1", "US_CITIZEN,PERMANENT_RESIDENT,WORK_AUTHORIZED",
            "B1,B2,J1,F1,WORK_AUTHORIZED"};
    private static final String[] DOCUMENTS = {"BLS", "IMMUNIZATIONS,BLS", "IMMUNIZATIONS,BLS,BACKGROUND_CHECK",
            "GOOD_STANDING", ""};
    private static final String[] STATUSES = {"SUBMITTED", "SUBMITTED", "UNDER_REVIEW", "INTERVIEW", "WAITLISTED",
            "REJECTED", "WITHDRAWN", "DECLINED", "SUBMITTED", "UNDER_REVIEW"};

    /** How much to generate. */
    record Volume(int hospitals, int externships, int students, int applications) {

        static Volume issueFigures() {
            return new Volume(500, 50_000, 100_000, 300_000);
        }
    }

    private final SplittableRandom random = new SplittableRandom(20261124L);
    private final LocalDate today = LocalDate.now();
    private final Timestamp now = Timestamp.from(Instant.now().truncatedTo(ChronoUnit.SECONDS));

    /** Generates {@code volume} unless the database already holds it; {@code demoHospitals} get a share. */
    void fill(Connection db, Volume volume, List<String> demoHospitals) throws SQLException {
        db.setAutoCommit(false);
        if (count(db, "select count(*) from externship where id >= " + FIRST_ID) >= volume.externships()) {
            return;
        }
        long hospitalsStart = FIRST_ID;
        String[] aliases = hospitals(db, volume.hospitals(), demoHospitals, hospitalsStart);
        long externshipsStart = hospitalsStart + volume.hospitals();
        long periodsStart = externshipsStart + volume.externships();
        externships(db, volume.externships(), aliases, externshipsStart, periodsStart);
        long passportsStart = periodsStart + 2L * volume.externships();
        passports(db, volume.students(), passportsStart);
        long applicationsStart = passportsStart + volume.students();
        long eventsStart = applicationsStart + volume.applications();
        applications(db, volume, aliases, externshipsStart, periodsStart, applicationsStart, eventsStart);
        long next = eventsStart + 3L * volume.applications() + 1_000;
        try (Statement statement = db.createStatement()) {
            statement.execute("update externship set first_start = (select min(p.start_date) from rotation_period p "
                    + "where p.externship_id = externship.id), last_start = (select max(p.start_date) "
                    + "from rotation_period p where p.externship_id = externship.id) where id >= " + FIRST_ID);
            statement.execute("alter sequence portal_seq restart with " + next);
        }
        db.commit();
    }

    /** Placement ids are their application's plus this: far above anything the portal's sequence will reach here. */
    private static final long PLACEMENT_OFFSET = 1_000_000_000L;

    /**
     * Turns every sixth generated application into an accepted offer with its placement (unless done before), so the
     * coordinators' calendar, onboarding dashboard and reports have a program to show: a placement per accepted
     * application in its period, supervised by every attending of the hospital (the demo hospitals have some), and
     * each period's seats held recounted. Set-based SQL, a few seconds.
     */
    void placements(Connection db) throws SQLException {
        db.setAutoCommit(false);
        if (count(db, "select count(*) from placement where id >= " + PLACEMENT_OFFSET) > 0) {
            return;
        }
        try (Statement statement = db.createStatement()) {
            // offered and accepted (the funnel's steps on the row; their timeline is left as generated)
            statement.execute("update application set status = 'ACCEPTED', offered_at = updated_at, "
                    + "accepted_at = updated_at where id >= " + FIRST_ID + " and mod(id, 6) = 0");
            statement.execute("insert into placement (id, tenant_id, application_id, period_id, created_at, version) "
                    + "select a.id + " + PLACEMENT_OFFSET + ", a.tenant_id, a.id, a.period_id, a.updated_at, 1 "
                    + "from application a where a.id >= " + FIRST_ID + " and a.status = 'ACCEPTED'");
            statement.execute("insert into placement_attending (placement_id, staff_member_id) "
                    + "select p.id, s.id from placement p join staff_member s on s.tenant_id = p.tenant_id "
                    + "and s.staff_role = 'ATTENDING' where p.id >= " + PLACEMENT_OFFSET);
            statement.execute("update rotation_period set seats_held = (select count(*) from application a "
                    + "where a.period_id = rotation_period.id and a.status in ('ACCEPTED', 'OFFERED')) "
                    + "where id >= " + FIRST_ID);
        }
        db.commit();
    }

    /**
     * Gives the student {@code subject} {@code count} learning-log entries outside any placement (unless they have as
     * many already): a mix of kinds, half of them with notes of a few hundred characters. Ids far above the sequence.
     */
    void logEntries(Connection db, String subject, int count) throws SQLException {
        db.setAutoCommit(false);
        if (count(db, "select count(*) from log_entry where student_subject = '" + subject + "'") >= count) {
            return;
        }
        String[] kinds = {"CASE", "PROCEDURE", "TEACHING", "GRAND_ROUNDS", "PATIENT_STORY", "FEEDBACK"};
        try (PreparedStatement insert = db.prepareStatement("insert into log_entry (id, student_subject, kind, "
                + "entry_date, minutes, topic, notes, review_status, revision, written_at, created_at, version) "
                + "values (?, ?, ?, ?, ?, ?, ?, 'OUTSIDE_PLACEMENT', 1, ?, ?, 1)")) {
            int batched = 0;
            for (int i = 0; i < count; i++) {
                insert.setLong(1, 9_000_000_000L + i);
                insert.setString(2, subject);
                insert.setString(3, kinds[i % kinds.length]);
                insert.setObject(4, today.minusDays(i % 700));
                insert.setInt(5, 15 * (1 + random.nextInt(16)));
                insert.setString(6, "Benchmark topic " + i + ": community-acquired pneumonia");
                insert.setString(7, i % 2 == 0 ? null : ("Presented on rounds; discussed the CURB-65 score, blood "
                        + "cultures before antibiotics and the switch to oral therapy once afebrile. ").repeat(3));
                insert.setTimestamp(8, now);
                insert.setTimestamp(9, now);
                insert.addBatch();
                batched = flushIfFull(insert, batched + 1);
            }
            insert.executeBatch();
        }
        db.commit();
    }

    private String[] hospitals(Connection db, int count, List<String> demo, long firstId) throws SQLException {
        String[] aliases = new String[count];
        try (PreparedStatement insert = db.prepareStatement("insert into hospital (id, alias, name, hospital_type, "
                + "city, state, email_domain, created_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, 1)")) {
            int batched = 0;
            for (int i = 0; i < count; i++) {
                if (i < demo.size()) {
                    aliases[i] = demo.get(i);
                    continue;
                }
                aliases[i] = "bench-" + i;
                String[] city = CITIES[i % CITIES.length];
                insert.setLong(1, firstId + i);
                insert.setString(2, aliases[i]);
                insert.setString(3, city[0] + " " + (i % 3 == 0 ? "General Hospital" : i % 3 == 1
                        ? "Medical Center" : "Community Health") + " " + i);
                insert.setString(4, i % 5 == 0 ? "FQHC" : "TEACHING_HOSPITAL");
                insert.setString(5, city[0]);
                insert.setString(6, city[1]);
                insert.setString(7, aliases[i] + ".example");
                insert.setTimestamp(8, now);
                insert.addBatch();
                batched = flushIfFull(insert, batched + 1);
            }
            insert.executeBatch();
        }
        return aliases;
    }

    private void externships(Connection db, int count, String[] aliases, long firstId, long firstPeriodId)
            throws SQLException {
        try (PreparedStatement externship = db.prepareStatement("insert into externship (id, tenant_id, title, "
                + "externship_type, specialty, clinical_setting, city, state, description, scope, duration_weeks, "
                + "application_deadline, graduated_within_years, final_year_accepted, step1_required, "
                + "step2ck_required, min_step2ck_score, step3_required, ecfmg_required, accepted_visas, "
                + "required_documents, malpractice_provided, fee_cents, fee_covers, refund_policy, letter_policy, "
                + "status, updated_at, search_text, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                + "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)");
             PreparedStatement period = db.prepareStatement("insert into rotation_period (id, tenant_id, "
                     + "externship_id, start_date, end_date, seats, version) values (?, ?, ?, ?, ?, ?, 1)")) {
            int batched = 0;
            for (int i = 0; i < count; i++) {
                String alias = aliases[i % aliases.length];
                String specialty = SPECIALTIES[random.nextInt(SPECIALTIES.length)];
                String type = TYPES[random.nextInt(TYPES.length)];
                String[] city = CITIES[(i % aliases.length) % CITIES.length];
                int weeks = new int[]{2, 4, 4, 6, 8, 12}[random.nextInt(6)];
                LocalDate deadline = today.plusDays(random.nextInt(-30, 240));
                boolean fee = random.nextInt(3) > 0;
                int status = random.nextInt(10);
                long id = firstId + i;
                externship.setLong(1, id);
                externship.setString(2, alias);
                String title = label(specialty) + " " + label(type).toLowerCase() + " externship " + i;
                String description = "Rotation on the " + label(specialty).toLowerCase() + " service with "
                        + "daily rounds, teaching conferences and supervised patient contact.";
                externship.setString(3, title);
                externship.setString(4, type);
                externship.setString(5, specialty);
                externship.setString(6, SETTINGS[random.nextInt(SETTINGS.length)]);
                externship.setString(7, city[0]);
                externship.setString(8, city[1]);
                externship.setString(9, description);
                externship.setString(10, "Take histories, examine patients, present on rounds, draft notes "
                        + "co-signed by the attending.");
                externship.setInt(11, weeks);
                externship.setDate(12, Date.valueOf(deadline));
                externship.setObject(13, random.nextBoolean() ? 5 : null);
                externship.setBoolean(14, random.nextBoolean());
                externship.setBoolean(15, random.nextInt(4) > 0);
                externship.setBoolean(16, random.nextInt(3) == 0);
                externship.setObject(17, random.nextInt(5) == 0 ? 220 + random.nextInt(30) : null);
                externship.setBoolean(18, random.nextInt(10) == 0);
                externship.setBoolean(19, random.nextInt(3) == 0);
                externship.setString(20, VISAS[random.nextInt(VISAS.length)]);
                externship.setString(21, DOCUMENTS[random.nextInt(DOCUMENTS.length)]);
                externship.setBoolean(22, random.nextBoolean());
                externship.setObject(23, fee ? 50_000L * (1 + random.nextInt(8)) : null);
                externship.setString(24, fee ? "Administration, malpractice coverage and EMR access" : null);
                externship.setString(25, fee ? "Full refund until 30 days before the start" : null);
                externship.setString(26, "Letters from attendings after at least four weeks together");
                externship.setString(27, status < 8 ? "PUBLISHED" : status == 8 ? "DRAFT" : "CLOSED");
                externship.setTimestamp(28, now);
                externship.setString(29, Externship.searchTextOf(title, description, city[0]));
                externship.addBatch();
                LocalDate start = deadline.plusDays(30 + random.nextInt(60));
                for (int p = 0; p < 2; p++) {
                    LocalDate from = start.plusWeeks((long) p * (weeks + 2));
                    period.setLong(1, firstPeriodId + 2L * i + p);
                    period.setString(2, alias);
                    period.setLong(3, id);
                    period.setDate(4, Date.valueOf(from));
                    period.setDate(5, Date.valueOf(from.plusWeeks(weeks)));
                    period.setInt(6, 2 + random.nextInt(6));
                    period.addBatch();
                }
                if (++batched % BATCH == 0) {
                    externship.executeBatch();
                    period.executeBatch();
                }
            }
            externship.executeBatch();
            period.executeBatch();
        }
    }

    /** One clinical passport per student (profiles only: the benchmark reads no files). */
    private void passports(Connection db, int count, long firstId) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("insert into clinical_passport (id, student_subject, "
                + "medical_school, school_country, graduation_year, final_year_student, step1, step2ck, "
                + "step2ck_score, step3, ecfmg_status, visa_status, specialties, updated_at, version) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)")) {
            String[] schools = {"Ross University", "St. George's University", "American University of the "
                    + "Caribbean", "University of Lagos", "King Edward Medical University", "Cairo University"};
            String[] countries = {"Dominica", "Grenada", "Sint Maarten", "Nigeria", "Pakistan", "Egypt"};
            String[] visas = {"B1", "B1", "J1", "WORK_AUTHORIZED", "PERMANENT_RESIDENT", "B2"};
            int batched = 0;
            for (int i = 0; i < count; i++) {
                boolean step2 = random.nextBoolean();
                insert.setLong(1, firstId + i);
                insert.setString(2, "bench-student-" + i);
                insert.setString(3, schools[i % schools.length]);
                insert.setString(4, countries[i % countries.length]);
                insert.setInt(5, today.getYear() - random.nextInt(0, 8));
                insert.setBoolean(6, false);
                insert.setString(7, random.nextInt(10) < 8 ? "PASSED" : "NOT_TAKEN");
                insert.setString(8, step2 ? "PASSED" : "NOT_TAKEN");
                insert.setObject(9, step2 ? 215 + random.nextInt(45) : null);
                insert.setString(10, "NOT_TAKEN");
                insert.setString(11, random.nextBoolean() ? "CERTIFIED" : "IN_PROGRESS");
                insert.setString(12, visas[random.nextInt(visas.length)]);
                insert.setString(13, SPECIALTIES[random.nextInt(SPECIALTIES.length)]);
                insert.setTimestamp(14, now);
                insert.addBatch();
                batched = flushIfFull(insert, batched + 1);
            }
            insert.executeBatch();
        }
    }

    private void applications(Connection db, Volume volume, String[] aliases, long externshipsStart,
                              long periodsStart, long firstId, long firstEventId) throws SQLException {
        try (PreparedStatement application = db.prepareStatement("insert into application (id, tenant_id, "
                + "externship_id, period_id, student_subject, student_name, student_email, externship_title, "
                + "hospital_name, start_date, end_date, statement, status, submitted_at, offered_at, accepted_at, "
                + "updated_at, version) select ?, e.tenant_id, e.id, p.id, ?, ?, ?, e.title, h.name, p.start_date, "
                + "p.end_date, ?, ?, ?, ?, ?, ?, 1 "
                + "from externship e join rotation_period p on p.externship_id = e.id "
                + "join hospital h on h.alias = e.tenant_id where p.id = ?");
             PreparedStatement event = db.prepareStatement("insert into application_event (id, tenant_id, "
                     + "application_id, status, actor, actor_name, occurred_at, version) "
                     + "values (?, ?, ?, ?, ?, ?, ?, 1)")) {
            long eventId = firstEventId;
            int batched = 0;
            for (int i = 0; i < volume.applications(); i++) {
                int student = i % volume.students();
                int round = i / volume.students();
                int externship = (int) ((student * 31L + round * 16_661L) % volume.externships());
                long periodId = periodsStart + 2L * externship + (student % 2);
                String alias = aliases[externship % aliases.length];
                String status = STATUSES[random.nextInt(STATUSES.length)];
                String name = "Student " + student;
                Timestamp submitted = Timestamp.from(now.toInstant().minus(random.nextInt(1, 90), ChronoUnit.DAYS));
                long id = firstId + i;
                application.setLong(1, id);
                application.setString(2, "bench-student-" + student);
                application.setString(3, name);
                application.setString(4, "student" + student + "@students.example");
                application.setString(5, "I want to learn how a US teaching service works and to contribute.");
                application.setString(6, status);
                application.setTimestamp(7, submitted);
                // the steps the timeline below reaches, as Application.moveTo keeps them
                application.setTimestamp(8, status.equals("OFFERED") ? submitted : null);
                application.setTimestamp(9, status.equals("ACCEPTED") ? submitted : null);
                application.setTimestamp(10, submitted);
                application.setLong(11, periodId);
                application.addBatch();
                for (String step : status.equals("SUBMITTED") ? new String[]{"DRAFT", "SUBMITTED"}
                        : new String[]{"DRAFT", "SUBMITTED", status}) {
                    event.setLong(1, eventId++);
                    event.setString(2, alias);
                    event.setLong(3, id);
                    event.setString(4, step);
                    event.setString(5, step.equals("SUBMITTED") || step.equals("DRAFT") || step.equals("WITHDRAWN")
                            || step.equals("DECLINED") ? "STUDENT" : "COORDINATOR");
                    event.setString(6, name);
                    event.setTimestamp(7, submitted);
                    event.addBatch();
                }
                if (++batched % BATCH == 0) {
                    application.executeBatch();
                    event.executeBatch();
                }
            }
            application.executeBatch();
            event.executeBatch();
        }
    }

    private static int flushIfFull(PreparedStatement insert, int batched) throws SQLException {
        if (batched % BATCH == 0) {
            insert.executeBatch();
        }
        return batched;
    }

    private static long count(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static String label(String constant) {
        String words = constant.replace('_', ' ').toLowerCase();
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
