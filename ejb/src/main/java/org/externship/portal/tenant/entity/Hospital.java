package org.externship.portal.tenant.entity;

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

import java.time.Instant;

/**
 * A host institution: the tenant. Its {@code alias} is the tenant id on every row it owns and the alias of its
 * Keycloak organization. The record itself is platform data; who may read or change it is decided by the
 * {@code Hospitals} boundary (a hospital's staff reach only their own).
 */
@Entity
@Table(name = "hospital")
@NamedQuery(name = Hospital.ALL, query = "select h from Hospital h order by h.name")
@NamedQuery(name = Hospital.COUNT, query = "select count(h) from Hospital h")
@NamedQuery(name = Hospital.BY_ALIAS, query = "select h from Hospital h where h.alias = :alias")
public class Hospital {

    public static final String ALL = "Hospital.all";
    public static final String BY_ALIAS = "Hospital.byAlias";
    public static final String COUNT = "Hospital.count";

    @Id
    @SequenceGenerator(name = "portal_seq", sequenceName = "portal_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "portal_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 40)
    private String alias;

    @Column(nullable = false, length = 160)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "hospital_type", nullable = false, length = 32)
    private HospitalType type;

    @Column(nullable = false, length = 80)
    private String city;

    @Column(nullable = false, length = 2)
    private String state;

    @Column(name = "email_domain", nullable = false, length = 120)
    private String emailDomain;

    @Column(name = "keycloak_org_id", length = 64)
    private String keycloakOrganizationId;

    /** Letters (issue 11): asking opens this many days before a placement's last day... */
    @Column(name = "letter_opens_days", nullable = false)
    private int letterOpensDays = 7;

    /** ... and closes this many months after it. */
    @Column(name = "letter_closes_months", nullable = false)
    private int letterClosesMonths = 12;

    /** The least notice, in weeks, a letter request leaves the attending. */
    @Column(name = "letter_notice_weeks", nullable = false)
    private int letterNoticeWeeks = 4;

    /** How many externs one attending may supervise at once (V30); {@code null}: no limit. */
    @Column(name = "max_externs_per_attending")
    private Integer maxExternsPerAttending;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    @Column(nullable = false)
    private long version;

    protected Hospital() {
        // for JPA
    }

    public Hospital(String alias, String name, HospitalType type, String city, String state, String emailDomain,
                    Instant createdAt) {
        this.alias = alias;
        this.createdAt = createdAt;
        describe(name, type, city, state);
        this.emailDomain = emailDomain;
    }

    public final void describe(String name, HospitalType type, String city, String state) {
        this.name = name;
        this.type = type;
        this.city = city;
        this.state = state;
    }

    /** The hospital's rules for letter requests; the letters feature checks their bounds. */
    public void letterRules(int opensDaysBeforeEnd, int closesMonthsAfter, int noticeWeeks) {
        this.letterOpensDays = opensDaysBeforeEnd;
        this.letterClosesMonths = closesMonthsAfter;
        this.letterNoticeWeeks = noticeWeeks;
    }

    public int letterOpensDays() {
        return letterOpensDays;
    }

    public int letterClosesMonths() {
        return letterClosesMonths;
    }

    public int letterNoticeWeeks() {
        return letterNoticeWeeks;
    }

    /** How many externs one attending may supervise at once; {@code null} lifts the limit. The calendar checks it. */
    public void limitExternsPerAttending(Integer limit) {
        this.maxExternsPerAttending = limit;
    }

    public Integer maxExternsPerAttending() {
        return maxExternsPerAttending;
    }

    public void linkOrganization(String keycloakOrganizationId) {
        this.keycloakOrganizationId = keycloakOrganizationId;
    }

    public Long id() {
        return id;
    }

    public String alias() {
        return alias;
    }

    public String name() {
        return name;
    }

    public HospitalType type() {
        return type;
    }

    public String city() {
        return city;
    }

    public String state() {
        return state;
    }

    public String emailDomain() {
        return emailDomain;
    }

    public String keycloakOrganizationId() {
        return keycloakOrganizationId;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
