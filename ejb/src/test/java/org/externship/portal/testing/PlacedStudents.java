package org.externship.portal.testing;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.externship.portal.application.boundary.ApplicationReview;
import org.externship.portal.application.boundary.ApplyCommand;
import org.externship.portal.application.boundary.MyApplications;
import org.externship.portal.identity.entity.StaffMember;
import org.externship.portal.listing.boundary.ExternshipSummary;
import org.externship.portal.listing.boundary.Externships;
import org.externship.portal.listing.entity.ListingStatus;
import org.externship.portal.listing.entity.PeriodDraft;
import org.externship.portal.passport.boundary.Passports;
import org.externship.portal.passport.control.SampleFiles;
import org.externship.portal.passport.entity.DocumentKind;
import org.externship.portal.passport.entity.PassportProfile;
import org.externship.portal.placement.boundary.MyPlacements;
import org.externship.portal.placement.boundary.Placements;
import org.externship.portal.qualification.entity.EcfmgStatus;
import org.externship.portal.qualification.entity.ExamResult;
import org.externship.portal.qualification.entity.Specialty;
import org.externship.portal.qualification.entity.VisaStatus;
import org.externship.portal.shared.security.CurrentUser;
import org.externship.portal.shared.tenancy.TenantContext;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Students placed in a hospital the way the portal places them: the coordinator publishes an externship, a new
 * student with a qualifying passport applies, is offered the seat and accepts, and the coordinator names the
 * supervising attendings. Also signs test code in as a student or a staff member (the request's user and tenant).
 */
@Dependent
public class PlacedStudents {

    private static final LocalDate START = LocalDate.now().plusMonths(4).withDayOfMonth(1);

    @Inject
    CurrentUser currentUser;

    @Inject
    TenantContext tenant;

    @Inject
    AsStudent asStudent;

    @Inject
    AsCoordinator asCoordinator;

    @Inject
    Externships externships;

    @Inject
    MyApplications myApplications;

    @Inject
    ApplicationReview review;

    @Inject
    MyPlacements myPlacements;

    @Inject
    Placements placements;

    @Inject
    Passports passports;

    /** A placement of the student {@code name} in {@code hospital}, supervised by {@code attendings}. */
    public Placed place(StaffedHospital hospital, String name, List<StaffMember> attendings) throws Exception {
        ExternshipSummary posted = externship(hospital, List.of(new PeriodDraft(START, START.plusWeeks(4), 4)));
        return placeIn(hospital, name, posted.periods().get(0).id(), posted.title(), attendings);
    }

    /** A published externship of {@code hospital} with {@code periods}, as its coordinator posts it. */
    public ExternshipSummary externship(StaffedHospital hospital, List<PeriodDraft> periods) throws Exception {
        signInStaff(hospital, hospital.coordinator());
        ExternshipSummary draft = asCoordinator.call(() -> externships.create(Postings.draft(Unique.name("Wards"),
                "Four weeks on the wards.", periods)));
        return asCoordinator.call(() -> externships.changeStatus(draft.id(), ListingStatus.PUBLISHED));
    }

    /**
     * A placement of the new student {@code name} in period {@code periodId} of {@code hospital}'s externship
     * {@code title}: applied, offered, accepted, supervised by {@code attendings}.
     */
    public Placed placeIn(StaffedHospital hospital, String name, long periodId, String title,
                          List<StaffMember> attendings) throws Exception {
        return placeIn(hospital, newStudent(name), name, periodId, title, attendings);
    }

    /**
     * One more placement of the student already placed as {@code placed}, in {@code hospital} (the same or another),
     * in a new externship whose one period starts on {@code start} and lasts four weeks.
     */
    public Placed placeAgain(Placed placed, StaffedHospital hospital, LocalDate start, List<StaffMember> attendings)
            throws Exception {
        ExternshipSummary posted = externship(hospital, List.of(new PeriodDraft(start, start.plusWeeks(4), 4)));
        signInStudent(placed.student(), placed.name());
        return placeIn(hospital, placed.student(), placed.name(), posted.periods().get(0).id(), posted.title(),
                attendings);
    }

    private Placed placeIn(StaffedHospital hospital, String student, String name, long periodId, String title,
                           List<StaffMember> attendings) throws Exception {
        long application = asStudent.call(() -> myApplications.apply(new ApplyCommand(
                periodId, "Statement for the program.", true))).summary().id();
        signInStaff(hospital, hospital.coordinator());
        asCoordinator.call(() -> review.offer(application, 7, null));
        signInStudent(student, name);
        asStudent.call(() -> myApplications.accept(application));
        long placement = asStudent.call(() -> myPlacements.ofApplication(application)).orElseThrow().id();
        signInStaff(hospital, hospital.coordinator());
        asCoordinator.call(() -> placements.assignAttendings(placement,
                attendings.stream().map(StaffMember::id).toList()));
        signInStudent(student, name);
        return new Placed(student, name, application, placement, title);
    }

    /** A new student with a passport that meets {@link Postings#draft}'s requirements, signed in. */
    public String newStudent(String name) throws Exception {
        String subject = UUID.randomUUID().toString();
        signInStudent(subject, name);
        asStudent.call(() -> passports.save(new PassportProfile("Ross University School of Medicine", "Barbados",
                Year.now().getValue() - 1, false, ExamResult.PASSED, ExamResult.NOT_TAKEN, null,
                ExamResult.NOT_TAKEN, EcfmgStatus.NOT_STARTED, VisaStatus.B1, Set.of(Specialty.INTERNAL_MEDICINE))));
        asStudent.call(() -> passports.upload(DocumentKind.BLS, START.plusYears(2), "bls.pdf",
                SampleFiles.pdf("BLS provider card")));
        asStudent.call(() -> passports.upload(DocumentKind.MALPRACTICE, START.plusYears(1), "malpractice.pdf",
                SampleFiles.pdf("Certificate of malpractice insurance")));
        return subject;
    }

    public void signInStudent(String subject, String name) {
        tenant.actFor(null);
        currentUser.signedIn(subject, name, emailOf(subject));
    }

    /** Nobody signed in: a visitor, e.g. a letter link's recipient. */
    public void signOut() {
        tenant.actFor(null);
        currentUser.signedIn(null, null, null);
    }

    public void signInStaff(StaffedHospital hospital, StaffMember member) {
        tenant.actFor(hospital.alias());
        currentUser.signedIn(member.keycloakUserId(), member.fullName(), member.email());
    }

    /** A student's placement: who, through which application, which placement, at which externship. */
    public record Placed(String student, String name, long applicationId, long placementId, String externshipTitle) {

        /** The student's e-mail address, as signed in. */
        public String email() {
            return emailOf(student);
        }
    }

    private static String emailOf(String subject) {
        return subject.substring(0, 8) + "@students.example";
    }
}
