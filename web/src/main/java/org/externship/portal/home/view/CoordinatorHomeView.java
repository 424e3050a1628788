package org.externship.portal.home.view;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.externship.portal.application.boundary.ApplicationReview;
import org.externship.portal.application.boundary.ApplicationSummary;
import org.externship.portal.application.boundary.QueueFilter;
import org.externship.portal.application.entity.ApplicationStatus;
import org.externship.portal.identity.boundary.StaffDirectory;
import org.externship.portal.identity.boundary.StaffMemberDto;
import org.externship.portal.identity.entity.StaffRole;
import org.externship.portal.listing.boundary.ExternshipSummary;
import org.externship.portal.listing.boundary.Externships;
import org.externship.portal.listing.entity.ListingStatus;
import org.externship.portal.listing.view.ListingTexts;
import org.externship.portal.shared.boundary.PortalException;
import org.externship.portal.tenant.boundary.HospitalSummary;
import org.externship.portal.tenant.boundary.Hospitals;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * coordinator/home.xhtml: the coordinator's hospital at a glance, and what waits: new applications to review, offers
 * about to lapse, seats left in the periods ahead.
 */
@Named
@ViewScoped
public class CoordinatorHomeView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final Duration LAPSING_WITHIN = Duration.ofDays(2);
    static final int PERIODS_AHEAD = 6;

    /** A period that has not started, with its seats in words ("1 of 4 seats left"). */
    public record PeriodAhead(long externshipId, String title, LocalDate startDate, LocalDate endDate, String seats,
                              boolean full) implements Serializable {
    }

    @Inject
    Hospitals hospitals;

    @Inject
    StaffDirectory staffDirectory;

    @Inject
    Externships externships;

    @Inject
    ApplicationReview review;

    @Inject
    ListingTexts texts;

    private HospitalSummary hospital;
    private int staffCount;
    private long attendingCount;
    private long publishedCount;
    private long newApplications;
    private List<ApplicationSummary> lapsingOffers = List.of();
    private List<PeriodAhead> periodsAhead = List.of();

    @PostConstruct
    void load() {
        try {
            hospital = hospitals.mine();
            List<StaffMemberDto> staff = staffDirectory.colleagues();
            staffCount = staff.size();
            attendingCount = staff.stream().filter(s -> s.role() == StaffRole.ATTENDING).count();
            publishedCount = externships.countPublished();
            periodsAhead = periodsAhead(externships.mine(), LocalDate.now());
            newApplications = review.queue(new QueueFilter(Set.of(ApplicationStatus.SUBMITTED), null, null, null,
                    false), 0, 1).total();
            Instant soon = Instant.now().plus(LAPSING_WITHIN);
            lapsingOffers = review.queue(new QueueFilter(Set.of(ApplicationStatus.OFFERED), null, null, null, false),
                            0, 200).rows().stream()
                    .filter(a -> a.offerExpiresAt() != null && a.offerExpiresAt().isBefore(soon))
                    .sorted(Comparator.comparing(ApplicationSummary::offerExpiresAt))
                    .toList();
        } catch (PortalException e) {
            hospital = null;
        }
    }

    /** The next periods of externships not closed, soonest first: where seats are still free. */
    private List<PeriodAhead> periodsAhead(List<ExternshipSummary> mine, LocalDate today) {
        return mine.stream().filter(e -> e.status() != ListingStatus.CLOSED)
                .flatMap(e -> e.periods().stream().filter(p -> !p.startDate().isBefore(today))
                        .map(p -> new PeriodAhead(e.id(), e.title(), p.startDate(), p.endDate(),
                                texts.seatsLeft(p.seatsLeft(), p.seats()), p.seatsLeft() == 0)))
                .sorted(Comparator.comparing(PeriodAhead::startDate))
                .limit(PERIODS_AHEAD)
                .toList();
    }

    public List<PeriodAhead> getPeriodsAhead() {
        return periodsAhead;
    }

    public HospitalSummary getHospital() {
        return hospital;
    }

    public int getStaffCount() {
        return staffCount;
    }

    public long getPublishedCount() {
        return publishedCount;
    }

    /** Submitted applications nobody has looked at yet. */
    public long getNewApplications() {
        return newApplications;
    }

    /** Offers whose seat is released within {@link #LAPSING_WITHIN} unless the student answers. */
    public List<ApplicationSummary> getLapsingOffers() {
        return lapsingOffers;
    }

    public long getAttendingCount() {
        return attendingCount;
    }
}
