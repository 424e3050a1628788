package org.externship.portal.listing.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import org.externship.portal.listing.control.ExternshipCatalog;
import org.externship.portal.listing.control.SearchResultCache;
import org.externship.portal.listing.entity.OpenForApplications;
import org.externship.portal.listing.entity.PublicExternship;
import org.externship.portal.listing.entity.PublicRotationPeriod;
import org.externship.portal.qualification.boundary.Eligibility;
import org.externship.portal.qualification.control.EligibilityMatcher;
import org.externship.portal.qualification.entity.Qualifications;
import org.externship.portal.shared.boundary.NotFoundException;
import org.externship.portal.shared.boundary.Page;
import org.externship.portal.shared.control.ReportsInvalidInput;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Finding externships, for anyone (no sign-in needed): published externships of every hospital that take
 * applications, the page of each published externship, and whether a period may be applied to now. It reads the public read model only
 * ({@link PublicExternship}), never the hospitals' own tenant-isolated data, and answers with DTOs.
 */
@Stateless
@PermitAll
@ReportsInvalidInput
public class ExternshipSearch {

    /** The largest page a caller may ask for. */
    public static final int MAX_PAGE_SIZE = 100;

    @Inject
    ExternshipCatalog catalog;

    @Inject
    EligibilityMatcher matcher;

    @Inject
    SearchResultCache cache;

    /**
     * One page of the matching externships, in the criteria's order: at most {@code size} from position
     * {@code first}, and how many match in all. A public question (no student's qualifications in it) is answered
     * from the search cache when it was asked a moment ago.
     */
    public Page<ExternshipHit> find(@NotNull @Valid SearchCriteria criteria, @PositiveOrZero int first,
                                    @Min(1) @Max(MAX_PAGE_SIZE) int size) {
        LocalDate today = LocalDate.now();
        if (criteria.qualifiedFor() != null) {
            return catalog.search(criteria, today, first, size);
        }
        return cache.get(List.of(criteria, today, first, size), () -> catalog.search(criteria, today, first, size));
    }

    /** Published externship {@code id}; a draft, paused or closed one is not found, like a missing one. */
    public ExternshipDetails details(long id) {
        LocalDate today = LocalDate.now();
        PublicExternship e = published(id);
        List<ExternshipDetails.Period> periods = e.periods().stream()
                .filter(p -> OpenForApplications.ahead(p.startDate(), today))
                .map(p -> new ExternshipDetails.Period(p.id(), p.startDate(), p.endDate(), p.seats(), p.seatsLeft()))
                .toList();
        return new ExternshipDetails(e.id(), e.title(), e.hospitalName(), e.type(), e.specialty(), e.setting(),
                e.city(), e.state(), e.description(), e.scope(), e.durationWeeks(), e.applicationDeadline(), periods,
                e.requirements(), e.malpracticeProvided(), e.feeCents(), e.feeCovers(), e.refundPolicy(),
                e.letterPolicy(), !OpenForApplications.deadlineOpen(e.applicationDeadline(), today));
    }

    /**
     * How {@code student} measures up to published externship {@code id}, for its next rotation period (the first
     * day of the rotation decides which documents are still valid and how long ago the student graduated).
     */
    public Eligibility eligibility(long id, @NotNull Qualifications student) {
        LocalDate today = LocalDate.now();
        PublicExternship e = published(id);
        LocalDate start = e.periods().stream()
                .map(PublicRotationPeriod::startDate)
                .filter(date -> OpenForApplications.ahead(date, today))
                .findFirst()
                .orElse(today);
        return matcher.check(student, e.requirements(), start);
    }

    /**
     * Rotation period {@code periodId}, if a student may apply for it now ({@link OpenForApplications}); read outside
     * the caller's transaction, whose persistence context may yet have to enter the period's hospital.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Optional<OpenPeriod> openPeriod(long periodId) {
        return catalog.openPeriod(periodId, LocalDate.now());
    }

    private PublicExternship published(long id) {
        return catalog.find(id).orElseThrow(() -> new NotFoundException("externship", id));
    }
}
