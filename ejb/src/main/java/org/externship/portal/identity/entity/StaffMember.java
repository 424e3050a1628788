package org.externship.portal.identity.entity;

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
import org.eclipse.microprofile.config.ConfigProvider;
import org.externship.portal.shared.control.WorkingHours;
import org.externship.portal.shared.entity.TenantOwned;

import java.time.DayOfWeek;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A coordinator or attending in one hospital's staff directory. Their account, role and membership live in
 * Keycloak; this record holds what the hospital adds (title, specialty) and when they last signed in.
 */
@Entity
@Table(name = "staff_member")
@NamedQuery(name = StaffMember.ALL, query = "select s from StaffMember s order by s.role, s.fullName")
@NamedQuery(name = StaffMember.BY_SUBJECT, query = "select s from StaffMember s where s.keycloakUserId = :subject")
@NamedQuery(name = StaffMember.ACTIVE_IN_ROLE, query = "select s from StaffMember s where s.role = :role"
        + " and s.deactivatedAt is null order by s.fullName")
public class StaffMember extends TenantOwned {

    public static final String ALL = "StaffMember.all";
    public static final String BY_SUBJECT = "StaffMember.bySubject";
    /**
     * The hospital's active staff in one role ({@code :role}), by name: whom the portal offers, names, suggests,
     * tells or mails. Someone deactivated is none of these until reactivated.
     */
    public static final String ACTIVE_IN_ROLE = "StaffMember.activeInRole";
    /** The setting naming the time zone of staff who have not chosen one. */
    public static final String DEFAULT_ZONE_SETTING = "portal.staff.default-zone";
    static final ZoneId FALLBACK_ZONE = ZoneId.of("America/New_York");

    @Id
    @SequenceGenerator(name = "portal_seq", sequenceName = "portal_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "portal_seq")
    private Long id;

    @Column(name = "keycloak_user_id", nullable = false, length = 64)
    private String keycloakUserId;

    @Column(name = "full_name", nullable = false, length = 160)
    private String fullName;

    @Column(nullable = false, length = 254)
    private String email;

    @Enumerated(EnumType.STRING)
    @Column(name = "staff_role", nullable = false, length = 16)
    private StaffRole role;

    @Column(length = 80)
    private String title;

    @Column(length = 80)
    private String specialty;

    @Column(name = "last_sign_in_at")
    private Instant lastSignInAt;

    /** When a coordinator deactivated them; none: active. */
    @Column(name = "deactivated_at")
    private Instant deactivatedAt;

    /** Their time zone (IANA id); none: the portal's default ({@link #DEFAULT_ZONE_SETTING}). */
    @Column(name = "work_zone", length = 40)
    private String workZone;

    @Column(name = "work_start", nullable = false)
    private LocalTime workStart = WorkingHours.DEFAULT_START;

    @Column(name = "work_end", nullable = false)
    private LocalTime workEnd = WorkingHours.DEFAULT_END;

    /** Their working days, "MON,TUE,WED,THU,FRI". */
    @Column(name = "work_days", nullable = false, length = 40)
    private String workDays = "MON,TUE,WED,THU,FRI";

    protected StaffMember() {
        // for JPA
    }

    public StaffMember(String keycloakUserId, String fullName, String email, StaffRole role) {
        this.keycloakUserId = keycloakUserId;
        this.fullName = fullName;
        this.email = email;
        this.role = role;
    }

    public void signedIn(String fullName, String email, StaffRole role, Instant at) {
        this.fullName = fullName;
        this.email = email;
        this.role = role;
        this.lastSignInAt = at;
    }

    public void describe(String title, String specialty) {
        this.title = title;
        this.specialty = specialty;
    }

    /** A coordinator ended their access to this hospital (their account or membership, in Keycloak). */
    public void deactivate(Instant at) {
        this.deactivatedAt = at;
    }

    public void reactivate() {
        this.deactivatedAt = null;
    }

    public boolean isActive() {
        return deactivatedAt == null;
    }

    public Instant deactivatedAt() {
        return deactivatedAt;
    }

    public Long id() {
        return id;
    }

    public String keycloakUserId() {
        return keycloakUserId;
    }

    public String fullName() {
        return fullName;
    }

    public String email() {
        return email;
    }

    public StaffRole role() {
        return role;
    }

    public String title() {
        return title;
    }

    public String specialty() {
        return specialty;
    }

    public Instant lastSignInAt() {
        return lastSignInAt;
    }

    /**
     * When they may be contacted (quiet hours outside): their own hours and days, in their own time zone or the
     * portal's default one; Monday to Friday, 08:00 to 18:00 until they set others.
     */
    public WorkingHours workingHours() {
        return new WorkingHours(workZone == null ? defaultZone() : ZoneId.of(workZone), workStart, workEnd,
                Arrays.stream(workDays.split(",")).map(String::strip).filter(d -> !d.isEmpty())
                        .map(StaffMember::day).collect(Collectors.toCollection(() -> EnumSet.noneOf(DayOfWeek.class))));
    }

    /** They set their own working hours. */
    public void workIn(WorkingHours hours) {
        this.workZone = hours.zone().getId();
        this.workStart = hours.start();
        this.workEnd = hours.end();
        this.workDays = daysText(hours.days());
    }

    /** Whether they chose a time zone themselves. */
    public boolean hasOwnZone() {
        return workZone != null;
    }

    /** The portal's default time zone for staff ({@value #DEFAULT_ZONE_SETTING}; America/New_York). */
    public static ZoneId defaultZone() {
        try {
            return ConfigProvider.getConfig().getOptionalValue(DEFAULT_ZONE_SETTING, String.class)
                    .map(ZoneId::of).orElse(FALLBACK_ZONE);
        } catch (IllegalStateException | DateTimeException e) {
            return FALLBACK_ZONE;
        }
    }

    static String daysText(Set<DayOfWeek> days) {
        return EnumSet.copyOf(days).stream().map(d -> d.name().substring(0, 3)).collect(Collectors.joining(","));
    }

    private static DayOfWeek day(String abbreviation) {
        return Arrays.stream(DayOfWeek.values()).filter(d -> d.name().startsWith(abbreviation.toUpperCase()))
                .findFirst().orElseThrow(() -> new IllegalStateException("Not a day: " + abbreviation));
    }
}
