package org.externship.portal.listing.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.externship.portal.listing.boundary.ExternshipDetails;
import org.externship.portal.listing.boundary.ExternshipSearch;
import org.externship.portal.qualification.boundary.Eligibility;
import org.externship.portal.qualification.boundary.StudentQualificationsSource;
import org.externship.portal.qualification.entity.Qualifications;
import org.externship.portal.shared.boundary.NotFoundException;
import org.externship.portal.shared.security.Roles;

import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * externship.xhtml?id=...: the public page of one published externship, and for a signed-in student with a
 * passport, whether they meet its requirements. Anything else (an unknown id, a draft, a paused or closed
 * externship) is the 404 page.
 *
 * <p>"Back to the search" returns to the search the visitor came from: the search page's links carry it as
 * {@code &search=} (its query string). Only the search's own parameters are read from it and written anew, behind
 * this site's search page, so the link leads nowhere else whatever the address says.
 */
@Named
@RequestScoped
public class ExternshipPageView {

    @Inject
    ExternshipSearch search;

    @Inject
    Instance<StudentQualificationsSource> qualificationsSource;

    @Inject
    ListingTexts texts;

    private ExternshipDetails externship;
    private Eligibility eligibility;
    private boolean passportMissing;

    /** The view action: loads the externship named by {@code id}, or answers 404. */
    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        String id = faces.getExternalContext().getRequestParameterMap().get("id");
        try {
            long externshipId = Long.parseLong(id == null ? "" : id.strip());
            externship = search.details(externshipId);
            Optional<Qualifications> student = qualifications(faces);
            if (student.isPresent()) {
                eligibility = search.eligibility(externshipId, student.get());
            } else {
                passportMissing = faces.getExternalContext().isUserInRole(Roles.STUDENT);
            }
        } catch (NumberFormatException | NotFoundException e) {
            faces.getExternalContext().responseSendError(404, "No such externship");
            faces.responseComplete();
        }
    }

    private Optional<Qualifications> qualifications(FacesContext faces) {
        if (faces.getExternalContext().isUserInRole(Roles.STUDENT) && qualificationsSource.isResolvable()) {
            return qualificationsSource.get().current();
        }
        return Optional.empty();
    }

    /** The search this page was opened from (its filters and page of results), or the empty search. */
    public String getSearchUrl() {
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        String carried = context.getRequestParameterMap().get(SearchParameters.CARRIED);
        return context.getRequestContextPath() + SearchParameters.backToSearch(carried, YearMonth.now());
    }

    public ExternshipDetails getExternship() {
        return externship;
    }

    /** Students (and visitors, who sign in on the way) may apply; staff may not. */
    public boolean isApplicable() {
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        return !context.isUserInRole(Roles.COORDINATOR) && !context.isUserInRole(Roles.ATTENDING)
                && !context.isUserInRole(Roles.PLATFORM_ADMIN);
    }

    /** A signed-in student without a clinical passport: the page says what it would take, and where to start. */
    public boolean isPassportMissing() {
        return passportMissing;
    }

    public boolean isEligibilityShown() {
        return eligibility != null;
    }

    public boolean isEligible() {
        return eligibility != null && eligibility.meetsAll();
    }

    public List<String> getShortfalls() {
        return eligibility == null ? List.of() : eligibility.shortfalls().stream().map(texts::shortfall).toList();
    }

    public List<String> getRequirements() {
        return texts.requirements(externship.requirements(), externship.malpracticeProvided());
    }

    public String getFee() {
        return texts.fee(externship.feeCents());
    }

    public boolean isFeeExplained() {
        return !externship.free() && externship.feeCovers() != null && !externship.feeCovers().isBlank();
    }

    public boolean isRefundPolicyShown() {
        return externship.refundPolicy() != null && !externship.refundPolicy().isBlank();
    }

    public boolean isLetterPolicyShown() {
        return externship.letterPolicy() != null && !externship.letterPolicy().isBlank();
    }

    public String date(LocalDate date) {
        return texts.date(date);
    }

    /** "1 of 4 seats left", or full. */
    public String seatsLeft(ExternshipDetails.Period period) {
        return texts.seatsLeft(period.seatsLeft(), period.seats());
    }
}
