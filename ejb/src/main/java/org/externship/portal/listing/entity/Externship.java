package org.externship.portal.listing.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.externship.portal.listing.entity.ListingDraft;
import org.externship.portal.listing.entity.PeriodDraft;
import org.externship.portal.qualification.entity.Requirements;
import org.externship.portal.qualification.entity.Specialty;
import org.externship.portal.shared.boundary.NotAllowedException;
import org.externship.portal.shared.boundary.NotFoundException;
import org.externship.portal.shared.entity.TenantOwned;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** An externship a hospital posts: what the extern does, where, when (rotation periods), for whom, at what cost. */
@Entity
@Table(name = "externship")
@NamedQuery(name = Externship.MINE, query = "select distinct e from Externship e left join fetch e.periods "
        + "order by e.updatedAt desc")
@NamedQuery(name = Externship.TITLES, query = "select new org.externship.portal.listing.boundary.ExternshipTitle("
        + "e.id, e.title) from Externship e order by e.title, e.id")
@NamedQuery(name = Externship.COUNT_BY_STATUS,
        query = "select count(e) from Externship e where e.status = :status")
public class Externship extends TenantOwned {

    public static final String MINE = "Externship.mine";
    public static final String TITLES = "Externship.titles";
    public static final String COUNT_BY_STATUS = "Externship.countByStatus";

    @Id
    @SequenceGenerator(name = "portal_seq", sequenceName = "portal_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "portal_seq")
    private Long id;

    @Column(nullable = false, length = 160)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "externship_type", nullable = false, length = 32)
    private ExternshipType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private Specialty specialty;

    @Enumerated(EnumType.STRING)
    @Column(name = "clinical_setting", nullable = false, length = 16)
    private ClinicalSetting setting;

    @Column(nullable = false, length = 80)
    private String city;

    @Column(nullable = false, length = 2)
    private String state;

    @Column(nullable = false, length = 4000)
    private String description;

    @Column(nullable = false, length = 2000)
    private String scope;

    @Column(name = "duration_weeks", nullable = false)
    private int durationWeeks;

    @Column(name = "application_deadline", nullable = false)
    private LocalDate applicationDeadline;

    @Embedded
    private RequirementColumns requirements;

    @Column(name = "fee_cents")
    private Long feeCents;

    @Column(name = "fee_covers", length = 1000)
    private String feeCovers;

    @Column(name = "refund_policy", length = 1000)
    private String refundPolicy;

    @Column(name = "letter_policy", length = 1000)
    private String letterPolicy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ListingStatus status = ListingStatus.DRAFT;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** The start of the first and of the last rotation period, kept with the periods (the search uses them). */
    @Column(name = "first_start")
    private LocalDate firstStart;

    @Column(name = "last_start")
    private LocalDate lastStart;

    /** When it was first published (Flyway V10): saved searches' alerts tell of externships published since. */
    @Column(name = "first_published_at")
    private Instant firstPublishedAt;

    /**
     * Title, description and city in lower case, kept with them (Flyway V7): the public search's free text looks
     * here, through a trigram index on PostgreSQL.
     */
    @Column(name = "search_text", length = SEARCH_TEXT_LENGTH)
    private String searchText;

    @OneToMany(mappedBy = "externship", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("startDate")
    private List<RotationPeriod> periods = new ArrayList<>();

    /** Room for the title (160), the description (4000), the city (80) and two separators. */
    static final int SEARCH_TEXT_LENGTH = 4242;

    /** What the free-text search matches: the words of title, description and city, in lower case. */
    public static String searchTextOf(String title, String description, String city) {
        return String.join(" ", title, description, city).toLowerCase(Locale.ROOT);
    }

    protected Externship() {
        // for JPA
    }

    public Externship(ListingDraft draft, Instant now) {
        describe(draft, now);
    }

    /** Takes the coordinator's text, requirements and periods as they are now. */
    public final void describe(ListingDraft draft, Instant now) {
        title = draft.title().strip();
        type = draft.type();
        specialty = draft.specialty();
        setting = draft.setting();
        city = draft.city().strip();
        state = draft.state();
        description = draft.description().strip();
        scope = draft.scope().strip();
        durationWeeks = draft.durationWeeks();
        applicationDeadline = draft.applicationDeadline();
        requirements = new RequirementColumns(draft.requirements(), draft.malpracticeProvided());
        feeCents = draft.feeCents() == null || draft.feeCents() == 0 ? null : draft.feeCents();
        feeCovers = draft.feeCovers();
        refundPolicy = draft.refundPolicy();
        letterPolicy = draft.letterPolicy();
        searchText = searchTextOf(title, description, city);
        schedule(draft.periods(), now);
        updatedAt = now;
    }

    /**
     * Keeps the periods listed by id (changed in place), adds the new ones (no id) and removes those no longer
     * listed, so a period's id survives every save.
     *
     * @throws NotFoundException if a listed id is not one of this externship's periods
     */
    private void schedule(List<PeriodDraft> drafts, Instant now) {
        Map<Long, RotationPeriod> existing = new HashMap<>();
        periods.forEach(period -> existing.put(period.id(), period));
        List<RotationPeriod> kept = new ArrayList<>();
        for (PeriodDraft draft : drafts) {
            if (draft.id() == null) {
                kept.add(new RotationPeriod(this, draft.startDate(), draft.endDate(), draft.seats(), now));
            } else {
                RotationPeriod period = existing.remove(draft.id());
                if (period == null) {
                    throw new NotFoundException("rotation period", draft.id());
                }
                period.reschedule(draft.startDate(), draft.endDate(), draft.seats());
                kept.add(period);
            }
        }
        periods.removeAll(existing.values());
        for (RotationPeriod period : kept) {
            if (!periods.contains(period)) {
                periods.add(period);
            }
        }
        periods.sort(Comparator.comparing(RotationPeriod::startDate));
        firstStart = periods.isEmpty() ? null : periods.get(0).startDate();
        lastStart = periods.isEmpty() ? null : periods.get(periods.size() - 1).startDate();
    }

    /** The externship as the coordinator wrote it, periods with their ids: what the editor starts from. */
    public ListingDraft draft() {
        List<PeriodDraft> drafts = periods.stream()
                .map(p -> new PeriodDraft(p.id(), p.startDate(), p.endDate(), p.seats()))
                .toList();
        return new ListingDraft(title, type, specialty, setting, city, state, description, scope, durationWeeks,
                applicationDeadline, requirements.asked(), requirements.malpracticeProvided(), feeCents, feeCovers,
                refundPolicy, letterPolicy, drafts);
    }

    /**
     * Publishes, pauses or closes. Refuses a move {@link ListingStatus} does not allow, and publishing without a
     * rotation period or with the application deadline passed.
     */
    public void changeStatus(ListingStatus next, Instant now) {
        if (!status.canMoveTo(next)) {
            throw new NotAllowedException("listing.transition", status, next);
        }
        if (next == ListingStatus.PUBLISHED) {
            if (periods.isEmpty()) {
                throw new NotAllowedException("listing.needsPeriod");
            }
            if (applicationDeadline.isBefore(LocalDate.ofInstant(now, ZoneId.systemDefault()))) {
                throw new NotAllowedException("listing.deadlinePassed", applicationDeadline);
            }
        }
        if (next == ListingStatus.PUBLISHED && firstPublishedAt == null) {
            firstPublishedAt = now;
        }
        status = next;
        updatedAt = now;
    }

    /** What a student must meet: what EligibilityMatcher measures. */
    public Requirements requirements() {
        return requirements.measured();
    }

    public Long id() {
        return id;
    }

    public String title() {
        return title;
    }

    public ExternshipType type() {
        return type;
    }

    public Specialty specialty() {
        return specialty;
    }

    public ClinicalSetting setting() {
        return setting;
    }

    public String city() {
        return city;
    }

    public String state() {
        return state;
    }

    public int durationWeeks() {
        return durationWeeks;
    }

    public LocalDate applicationDeadline() {
        return applicationDeadline;
    }

    public Long feeCents() {
        return feeCents;
    }

    public ListingStatus status() {
        return status;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public List<RotationPeriod> periods() {
        return List.copyOf(periods);
    }
}
