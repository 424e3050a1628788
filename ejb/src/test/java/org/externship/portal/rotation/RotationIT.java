package org.externship.portal.rotation;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.externship.portal.Deployments;
import org.externship.portal.learninglog.boundary.IdentifiersFoundException;
import org.externship.portal.placement.boundary.MyPlacements;
import org.externship.portal.placement.boundary.PlacementDto;
import org.externship.portal.rotation.boundary.AttendanceCommand;
import org.externship.portal.rotation.boundary.AttendanceConfirmations;
import org.externship.portal.rotation.boundary.AttendanceDayDto;
import org.externship.portal.rotation.boundary.AttendanceSheet;
import org.externship.portal.rotation.boundary.MyAttendance;
import org.externship.portal.shared.boundary.InvalidInputException;
import org.externship.portal.shared.boundary.NotAllowedException;
import org.externship.portal.shared.boundary.NotFoundException;
import org.externship.portal.shared.control.PortalClock;
import org.externship.portal.testing.AsAttending;
import org.externship.portal.testing.AsCoordinator;
import org.externship.portal.testing.AsStudent;
import org.externship.portal.testing.PlacedStudents;
import org.externship.portal.testing.PlacedStudents.Placed;
import org.externship.portal.testing.StaffedHospital;
import org.externship.portal.testing.TestData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 10, the coordinator's program around placements. Attendance: a student logs the days on site and the hours,
 * within the placement and never ahead of today, with nothing that identifies a patient; a supervising attending
 * confirms one day, then a week at once; a confirmed day is locked; nobody else (a colleague who does not supervise,
 * another hospital's attending, a coordinator, another student) reads or confirms a day. The calendar is the test's
 * (PortalClock). H2 and PostgreSQL.
 */
@ExtendWith(ArquillianExtension.class)
class RotationIT {

    private static final BigDecimal EIGHT = new BigDecimal("8");

    @Deployment
    public static WebArchive deployment() {
        return Deployments.portal();
    }

    @Inject
    TestData data;

    @Inject
    PlacedStudents placing;

    @Inject
    MyPlacements myPlacements;

    @Inject
    MyAttendance attendance;

    @Inject
    AttendanceConfirmations confirmations;

    @Inject
    PortalClock clock;

    @Inject
    AsStudent asStudent;

    @Inject
    AsAttending asAttending;

    @Inject
    AsCoordinator asCoordinator;

    @AfterEach
    void systemClock() {
        clock.use(null);
    }

    @Test
    void aStudentLogsDaysOnSiteAndASupervisorConfirmsOneThenAWeekAtOnce() throws Exception {
        StaffedHospital a = data.staffedHospital("a");
        StaffedHospital b = data.staffedHospital("b");
        Placed lena = placing.place(a, "Lena Petrova", List.of(a.attending()));
        long application = lena.applicationId();
        placing.signInStudent(lena.student(), lena.name());
        PlacementDto placement = asStudent.call(() -> myPlacements.ofApplication(application)).orElseThrow();
        LocalDate first = placement.startDate();

        today(first.plusDays(8));
        assertEquals("attendance.outsidePlacement", refused(() -> attendance.log(day(application,
                first.minusDays(1), EIGHT))), "not before the placement");
        assertEquals("attendance.future", refused(() -> attendance.log(day(application, first.plusDays(9), EIGHT))),
                "not ahead of today");
        InvalidInputException tooLong = assertThrows(InvalidInputException.class, () -> asStudent.call(
                () -> attendance.log(day(application, first, new BigDecimal("20")))));
        assertEquals("hours", tooLong.violations().iterator().next().getPropertyPath().toString()
                .replaceAll(".*\\.", ""));
        assertThrows(IdentifiersFoundException.class, () -> asStudent.call(() -> attendance.log(
                new AttendanceCommand(application, first, EIGHT, "Admitted John Smith, MRN 84512377, to the ward"))));
        assertEquals(List.of(), asStudent.call(() -> attendance.sheet(application)).days(), "nothing kept");

        for (int d = 0; d < 7; d++) {
            LocalDate day = first.plusDays(d);
            asStudent.call(() -> attendance.log(new AttendanceCommand(application, day, EIGHT, "Wards")));
        }
        AttendanceSheet logged = asStudent.call(() -> attendance.log(day(application, first.plusDays(1),
                new BigDecimal("7.5"))));
        assertEquals(7, logged.days().size(), "a day logged again is changed, not doubled");
        assertEquals(0, new BigDecimal("55.5").compareTo(logged.loggedHours()));
        assertEquals(0, BigDecimal.ZERO.compareTo(logged.confirmedHours()));

        placing.signInStaff(a, a.attending());
        AttendanceSheet seen = asAttending.call(() -> confirmations.sheet(placement.id()));
        assertEquals(7, seen.awaiting().size());
        assertEquals(7L, asAttending.call(confirmations::awaitingByPlacement).get(placement.id()),
                "the home page's count");
        List<Long> ids = seen.days().stream().map(AttendanceDayDto::id).toList();
        AttendanceSheet one = asAttending.call(() -> confirmations.confirm(placement.id(), ids.subList(0, 1)));
        assertEquals(0, EIGHT.compareTo(one.confirmedHours()), "one day");
        assertEquals(a.attending().fullName(), one.days().get(0).confirmedBy());
        AttendanceSheet week = asAttending.call(() -> confirmations.confirm(placement.id(), ids));
        assertEquals(0, new BigDecimal("55.5").compareTo(week.confirmedHours()), "the week at once");
        assertEquals(List.of(), week.awaiting());
        assertEquals(null, asAttending.call(confirmations::awaitingByPlacement).get(placement.id()),
                "nothing waits any more");

        placing.signInStudent(lena.student(), lena.name());
        assertEquals("attendance.confirmed", refused(() -> attendance.log(day(application, first, BigDecimal.TEN))),
                "a confirmed day is locked");
        assertEquals("attendance.confirmed", refused(() -> attendance.remove(application, ids.get(0))));
        assertEquals(0, new BigDecimal("55.5").compareTo(asStudent.call(() -> attendance.sheet(application))
                .confirmedHours()), "the student sees the confirmed hours");

        for (StaffedHospital hospital : List.of(a, b)) {
            placing.signInStaff(hospital, hospital == a ? a.otherAttending() : b.attending());
            assertThrows(NotFoundException.class, () -> asAttending.call(() -> confirmations.sheet(placement.id())),
                    "only a supervising attending of the placement");
            assertThrows(NotFoundException.class, () -> asAttending.call(
                    () -> confirmations.confirm(placement.id(), ids)));
        }
        placing.signInStaff(a, a.coordinator());
        assertThrows(EJBAccessException.class, () -> asCoordinator.call(() -> confirmations.sheet(placement.id())));
        placing.signInStudent(placing.newStudent("Another student"), "Another student");
        assertThrows(NotFoundException.class, () -> asStudent.call(() -> attendance.sheet(application)),
                "another student reaches nothing through the application's id");
    }

    @Test
    void aDayOfAnotherPlacementIsNotConfirmedThroughThisOneAndALoggedDayCanBeRemoved() throws Exception {
        StaffedHospital a = data.staffedHospital("a");
        Placed lena = placing.place(a, "Lena Petrova", List.of(a.attending()));
        Placed omar = placing.place(a, "Omar Haddad", List.of(a.otherAttending()));
        placing.signInStudent(omar.student(), omar.name());
        PlacementDto omars = asStudent.call(() -> myPlacements.ofApplication(omar.applicationId())).orElseThrow();
        today(omars.startDate().plusDays(1));
        long firstLogged = asStudent.call(() -> attendance.log(day(omar.applicationId(), omars.startDate(), EIGHT)))
                .days().get(0).id();
        AttendanceSheet removed = asStudent.call(() -> attendance.remove(omar.applicationId(), firstLogged));
        assertEquals(List.of(), removed.days(), "removed before it was confirmed");
        long omarsDay = asStudent.call(() -> attendance.log(day(omar.applicationId(), omars.startDate(), EIGHT)))
                .days().get(0).id();

        placing.signInStaff(a, a.attending());
        long lenasPlacement = lena.placementId();
        long foreignDay = omarsDay;
        assertThrows(NotFoundException.class, () -> asAttending.call(
                () -> confirmations.confirm(lenasPlacement, List.of(foreignDay))));
        placing.signInStudent(omar.student(), omar.name());
        assertTrue(asStudent.call(() -> attendance.sheet(omar.applicationId())).days().stream()
                .noneMatch(AttendanceDayDto::confirmed), "still waiting for his own supervisor");
    }

    private String refused(Callable<?> call) {
        return assertThrows(NotAllowedException.class, () -> asStudent.call(call)).messageKey();
    }

    private void today(LocalDate day) {
        clock.use(Clock.fixed(day.atTime(12, 0).atZone(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault()));
    }

    private static AttendanceCommand day(long application, LocalDate day, BigDecimal hours) {
        return new AttendanceCommand(application, day, hours, null);
    }
}
