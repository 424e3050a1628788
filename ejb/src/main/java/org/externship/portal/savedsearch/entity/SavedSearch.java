package org.externship.portal.savedsearch.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.externship.portal.listing.entity.ClinicalSetting;
import org.externship.portal.listing.entity.ExternshipType;
import org.externship.portal.qualification.entity.Specialty;
import org.externship.portal.qualification.entity.VisaStatus;

import java.time.Instant;
import java.time.YearMonth;

/**
 * A search a student keeps under a name: the criteria of the public search, one column each, and whether the student
 * wants an e-mail when new externships match it. It belongs to one student (their Keycloak subject), not to a
 * hospital, like the clinical passport: the boundary names the subject from the token in every query.
 *
 * <p>{@code alertedAt} is the moment the next alert counts from: the search's creation, then each alert run that
 * claimed it (at most once a day, {@code SearchAlerts}). The queries compare the boolean as an integer: EclipseLink
 * sends H2 booleans as 0/1 (as {@code ExternshipCatalog} does).
 */
@Entity
@Table(name = "saved_search")
@Cacheable(false)
@NamedQuery(name = SavedSearch.OF_STUDENT, query = "select s from SavedSearch s where s.studentSubject = :subject"
        + " order by s.createdAt, s.id")
@NamedQuery(name = SavedSearch.COUNT_OF_STUDENT,
        query = "select count(s) from SavedSearch s where s.studentSubject = :subject")
@NamedQuery(name = SavedSearch.STUDENTS_DUE, query = "select distinct s.studentSubject from SavedSearch s"
        + " where cast(s.alerts as integer) = 1 and s.alertedAt < :cutoff")
@NamedQuery(name = SavedSearch.DUE_OF_STUDENT, query = "select s from SavedSearch s where s.studentSubject = :subject"
        + " and cast(s.alerts as integer) = 1 and s.alertedAt < :cutoff order by s.createdAt, s.id")
@NamedQuery(name = SavedSearch.CLAIM, query = "update SavedSearch s set s.alertedAt = :now, s.version = s.version + 1"
        + " where s.id = :id and cast(s.alerts as integer) = 1 and s.alertedAt < :cutoff")
public class SavedSearch {

    public static final String OF_STUDENT = "SavedSearch.ofStudent";
    public static final String COUNT_OF_STUDENT = "SavedSearch.countOfStudent";
    public static final String STUDENTS_DUE = "SavedSearch.studentsDue";
    public static final String DUE_OF_STUDENT = "SavedSearch.dueOfStudent";
    public static final String CLAIM = "SavedSearch.claim";

    /** The longest name, in characters. */
    public static final int MAX_NAME = 120;

    @Id
    @SequenceGenerator(name = "portal_seq", sequenceName = "portal_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "portal_seq")
    private Long id;

    @Column(name = "student_subject", nullable = false, updatable = false, length = 64)
    private String studentSubject;

    @Column(name = "student_name", length = 160)
    private String studentName;

    @Column(name = "student_email", length = 254)
    private String studentEmail;

    @Column(nullable = false, length = MAX_NAME)
    private String name;

    @Column(name = "search_text", length = 200)
    private String text;

    @Enumerated(EnumType.STRING)
    @Column(length = 32)
    private Specialty specialty;

    @Enumerated(EnumType.STRING)
    @Column(name = "externship_type", length = 32)
    private ExternshipType type;

    @Enumerated(EnumType.STRING)
    @Column(name = "clinical_setting", length = 16)
    private ClinicalSetting setting;

    @Column(length = 2)
    private String state;

    @Column(length = 80)
    private String city;

    @Column(name = "min_weeks")
    private Integer minWeeks;

    @Column(name = "max_weeks")
    private Integer maxWeeks;

    /** yyyy-MM. */
    @Column(name = "start_month", length = 7)
    private String startMonth;

    @Column(name = "max_fee_cents")
    private Long maxFeeCents;

    @Enumerated(EnumType.STRING)
    @Column(length = 32)
    private VisaStatus visa;

    @Column(nullable = false)
    private boolean qualified;

    @Column(name = "sort_order", length = 16)
    private String sort;

    @Column(nullable = false)
    private boolean alerts;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "alerted_at", nullable = false)
    private Instant alertedAt;

    @Version
    private long version;

    protected SavedSearch() {
        // for JPA
    }

    /** The student's search, named {@code name}; the next alert counts from {@code now}. */
    public SavedSearch(String studentSubject, String name, SearchTerms terms, boolean alerts, Instant now) {
        this.studentSubject = studentSubject;
        this.name = name.strip();
        this.text = terms.text();
        this.specialty = terms.specialty();
        this.type = terms.type();
        this.setting = terms.setting();
        this.state = terms.state();
        this.city = terms.city();
        this.minWeeks = terms.minWeeks();
        this.maxWeeks = terms.maxWeeks();
        this.startMonth = terms.startMonth() == null ? null : terms.startMonth().toString();
        this.maxFeeCents = terms.maxFeeCents();
        this.visa = terms.visa();
        this.qualified = terms.qualified();
        this.sort = terms.sort();
        this.alerts = alerts;
        this.createdAt = now;
        this.alertedAt = now;
    }

    /** Where the alert goes, as the student's token says now. */
    public void addressedTo(String name, String email) {
        this.studentName = name;
        this.studentEmail = email;
    }

    /**
     * Alerts on or off. Turned on, the next alert counts from {@code now}: what was listed while they were off is
     * not news, and a student who had an alert today gets no second one.
     */
    public void alerts(boolean on, Instant now) {
        if (on && !alerts) {
            alertedAt = now;
        }
        alerts = on;
    }

    /** What it looks for. */
    public SearchTerms terms() {
        return new SearchTerms(text, specialty, type, setting, state, city, minWeeks, maxWeeks,
                startMonth == null ? null : YearMonth.parse(startMonth), maxFeeCents, visa, qualified, sort);
    }

    public Long id() {
        return id;
    }

    public String studentSubject() {
        return studentSubject;
    }

    public String studentName() {
        return studentName;
    }

    public String studentEmail() {
        return studentEmail;
    }

    public String name() {
        return name;
    }

    public boolean alerts() {
        return alerts;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant alertedAt() {
        return alertedAt;
    }
}
