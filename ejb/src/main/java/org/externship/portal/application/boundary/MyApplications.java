package org.externship.portal.application.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.externship.portal.application.control.StatusChanges;
import org.externship.portal.application.control.StudentReadPath;
import org.externship.portal.application.entity.Actor;
import org.externship.portal.application.entity.Applicant;
import org.externship.portal.application.entity.Application;
import org.externship.portal.application.entity.ApplicationStatus;
import org.externship.portal.listing.boundary.ExternshipSearch;
import org.externship.portal.listing.boundary.OpenPeriod;
import org.externship.portal.listing.entity.Externship;
import org.externship.portal.listing.entity.RotationPeriod;
import org.externship.portal.passport.control.PassportReader;
import org.externship.portal.qualification.boundary.Eligibility;
import org.externship.portal.qualification.control.EligibilityMatcher;
import org.externship.portal.shared.boundary.NotAllowedException;
import org.externship.portal.shared.boundary.NotFoundException;
import org.externship.portal.shared.control.ReportsInvalidInput;
import org.externship.portal.shared.security.CurrentUser;
import org.externship.portal.shared.security.Roles;
import org.externship.portal.shared.tenancy.HospitalScope;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The student's side of applications, across every hospital they applied to: apply for a rotation period, see all
 * their applications, withdraw, accept or decline an offer. Each method first proves, on the student's own read
 * path, which hospital the application or the published period belongs to, then enters that hospital
 * ({@link HospitalScope}) and works on the tenant-owned rows there. The student is always the caller.
 */
@Stateless
@ReportsInvalidInput
@RolesAllowed(Roles.STUDENT)
public class MyApplications {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    StudentReadPath readPath;

    @Inject
    ExternshipSearch search;

    @Inject
    HospitalScope hospital;

    @Inject
    CurrentUser user;

    @Inject
    StatusChanges statusChanges;

    @Inject
    PassportReader passports;

    @Inject
    EligibilityMatcher eligibilityMatcher;

    /** Every application of the caller, in every hospital, most recently changed first. */
    public List<ApplicationSummary> mine() {
        return readPath.applicationsOf(user.subject()).stream()
                .map(a -> ApplicationSummary.of(a, user.name()))
                .toList();
    }

    /** The caller's application to externship {@code externshipId}, if they have one. */
    public Optional<ApplicationSummary> forExternship(long externshipId) {
        return readPath.applicationFor(externshipId, user.subject()).map(a -> ApplicationSummary.of(a, user.name()));
    }

    /** Period {@code periodId}, if a student may apply for it now (the listing's rule); the apply page shows it. */
    public OpenPeriod openPeriod(long periodId) {
        return search.openPeriod(periodId).orElseThrow(() -> new NotAllowedException("application.periodClosed"));
    }

    /**
     * How the caller's clinical passport measures up to the externship of period {@code periodId}: every
     * requirement met, or exactly what is missing; empty while the caller has no passport.
     */
    public Optional<Eligibility> eligibilityFor(long periodId) {
        OpenPeriod open = openPeriod(periodId);
        hospital.enter(open.hospitalAlias());
        return eligibility(em.find(Externship.class, open.externshipId()), open.startDate());
    }

    private Optional<Eligibility> eligibility(Externship externship, LocalDate rotationStart) {
        return passports.qualificationsOf(user.subject())
                .map(qualifications -> eligibilityMatcher.check(qualifications, externship.requirements(),
                        rotationStart));
    }

    /** The hospital of the caller's application {@code id}; not found when it is someone else's. */
    public String hospitalOf(long id) {
        return readPath.hospitalOf(id, user.subject()).orElseThrow(() -> new NotFoundException("application", id));
    }

    public ApplicationDetail application(long id) {
        return detail(own(id));
    }

    /** Applies for a period open for applications (the listing's rule); one application per externship. */
    public ApplicationDetail apply(@NotNull @Valid ApplyCommand command) {
        OpenPeriod open = openPeriod(command.periodId());
        if (readPath.applicationFor(open.externshipId(), user.subject()).isPresent()) {
            throw new NotAllowedException("application.already");
        }
        hospital.enter(open.hospitalAlias());
        Externship externship = em.find(Externship.class, open.externshipId());
        RotationPeriod period = em.find(RotationPeriod.class, open.periodId());
        String hospitalName = open.hospitalName();
        Instant now = Instant.now();
        Application application = new Application(externship, period, hospitalName,
                new Applicant(user.subject(), user.name(), user.email()), command.statement().strip(), now);
        em.persist(application);
        if (command.submit()) {
            moveOn(application, ApplicationStatus.SUBMITTED, open.hospitalAlias(), now);
        }
        return detail(application);
    }

    /** Changes a draft's statement and, if asked, submits it. */
    public ApplicationDetail revise(long id, @NotBlank(message = "{portal.statement.required}") @Size(max = 2000)
                                    String statement, boolean submit) {
        Owned owned = own(id);
        if (owned.application().status() != ApplicationStatus.DRAFT) {
            throw new NotAllowedException("application.notDraft");
        }
        Instant now = Instant.now();
        owned.application().restate(statement.strip(), now);
        if (submit) {
            moveOn(owned.application(), ApplicationStatus.SUBMITTED, owned.hospitalAlias(), now);
        }
        return detail(owned);
    }

    public ApplicationDetail submit(long id) {
        return move(id, ApplicationStatus.SUBMITTED);
    }

    /**
     * Withdraws the application; an accepted one too, until its rotation starts: the placement is given up and its
     * seat goes back to the hospital, which is told.
     */
    public ApplicationDetail withdraw(long id) {
        return move(id, ApplicationStatus.WITHDRAWN);
    }

    /** Accepts an offer while it holds the seat; the placement follows ({@link ApplicationStatusChanged}). */
    public ApplicationDetail accept(long id) {
        return move(id, ApplicationStatus.ACCEPTED);
    }

    public ApplicationDetail decline(long id) {
        return move(id, ApplicationStatus.DECLINED);
    }

    private ApplicationDetail move(long id, ApplicationStatus next) {
        Owned owned = own(id);
        Instant now = Instant.now();
        if (next == ApplicationStatus.ACCEPTED && owned.application().offerRunOut(now)) {
            throw new NotAllowedException("application.offerLapsed");
        }
        moveOn(owned.application(), next, owned.hospitalAlias(), now);
        return detail(owned);
    }

    private void moveOn(Application application, ApplicationStatus next, String hospitalAlias, Instant now) {
        application.checkMove(next, Actor.STUDENT, LocalDate.now());
        if (next == ApplicationStatus.SUBMITTED) {
            openPeriod(application.period().id());
            Eligibility eligibility = eligibility(application.externship(), application.startDate())
                    .orElseThrow(() -> new NotAllowedException("application.needsPassport"));
            if (!eligibility.meetsAll()) {
                throw new NotEligibleException(eligibility.shortfalls());
            }
        }
        statusChanges.move(application, hospitalAlias, next, Actor.STUDENT, user.name(), null, now, null);
    }

    /** The caller's application {@code id} inside its hospital; not found when it is someone else's. */
    private Owned own(long id) {
        String hospitalAlias = hospitalOf(id);
        hospital.enter(hospitalAlias);
        Application application = em.find(Application.class, id);
        if (application == null || !application.studentSubject().equals(user.subject())) {
            throw new NotFoundException("application", id);
        }
        return new Owned(application, hospitalAlias);
    }

    private ApplicationDetail detail(Owned owned) {
        return detail(owned.application());
    }

    private ApplicationDetail detail(Application application) {
        return ApplicationDetail.of(application, Actor.STUDENT);
    }

    private record Owned(Application application, String hospitalAlias) {
    }
}
