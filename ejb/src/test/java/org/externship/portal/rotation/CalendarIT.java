package org.externship.portal.rotation;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.externship.portal.Deployments;
import org.externship.portal.application.boundary.ApplicationSummary;
import org.externship.portal.application.boundary.MyApplications;
import org.externship.portal.listing.boundary.ExternshipSummary;
import org.externship.portal.listing.boundary.Externships;
import org.externship.portal.listing.entity.PeriodDraft;
import org.externship.portal.placement.boundary.MyPlacements;
import org.externship.portal.placement.boundary.PlacementDto;
import org.externship.portal.placement.boundary.Placements;
import org.externship.portal.rotation.boundary.CalendarFiles;
import org.externship.portal.rotation.boundary.CalendarRange;
import org.externship.portal.rotation.boundary.CalendarSpan;
import org.externship.portal.rotation.boundary.PeriodSlot;
import org.externship.portal.rotation.boundary.PlacementChange;
import org.externship.portal.rotation.boundary.PlacementSlot;
import org.externship.portal.rotation.boundary.RotationCalendar;
import org.externship.portal.shared.boundary.InvalidInputException;
import org.externship.portal.shared.boundary.NotAllowedException;
import org.externship.portal.shared.boundary.NotFoundException;
import org.externship.portal.shared.control.PortalClock;
import org.externship.portal.shared.control.SqlStatements;
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

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 10, the rotation calendar and its seats: a placement moves to a period of its externship with a free seat and
 * the seat counts follow (the application's period and dates with it); a full period, an attending over the
 * hospital's limit of externs at once, a placement that started or ended, a period that began are refused with their
 * reason and change nothing; another hospital's placements, periods and attendings are not found; attendings and
 * students move nothing; the calendar costs the same statements whatever the number of placements; the .ics files,
 * parsed back. H2 and PostgreSQL.
 */
@ExtendWith(ArquillianExtension.class)
class CalendarIT {

    /** Three periods of four weeks back to back, four months ahead: 2 seats, 1 seat, 1 seat. */
    private static final LocalDate START = LocalDate.now().plusMonths(4).withDayOfMonth(1);

    @Deployment
    public static WebArchive deployment() {
        return Deployments.portal();
    }

    @Inject
    TestData data;

    @Inject
    PlacedStudents placing;

    @Inject
    RotationCalendar calendar;

    @Inject
    CalendarFiles files;

    @Inject
    Placements placements;

    @Inject
    MyPlacements myPlacements;

    @Inject
    MyApplications myApplications;

    @Inject
    Externships externships;

    @Inject
    PortalClock clock;

    @Inject
    AsCoordinator asCoordinator;

    @Inject
    AsAttending asAttending;

    @Inject
    AsStudent asStudent;

    @AfterEach
    void systemClock() {
        clock.use(null);
    }

    @Test
    void aPlacementMovesToAPeriodWithAFreeSeatAndTheSeatsFollowAFullPeriodIsRefused() throws Exception {
        StaffedHospital a = data.staffedHospital("a");
        ExternshipSummary wards = threePeriods(a);
        long p1 = period(wards, 0);
        long p2 = period(wards, 1);
        long p3 = period(wards, 2);
        Placed lena = placing.placeIn(a, "Lena Petrova", p1, wards.title(), List.of(a.attending()));
        Placed omar = placing.placeIn(a, "Omar Haddad", p2, wards.title(), List.of(a.otherAttending()));

        placing.signInStaff(a, a.coordinator());
        assertEquals(Map.of(p1, 1, p2, 0, p3, 1), seatsLeft(a));
        PlacementDto moved = asCoordinator.call(() -> calendar.change(new PlacementChange(lena.placementId(), p3,
                List.of(a.attending().id(), a.otherAttending().id()))));
        assertEquals(START.plusDays(56), moved.startDate());
        assertEquals(2, moved.attendings().size(), "the attendings saved with the move");
        assertEquals(Map.of(p1, 2, p2, 0, p3, 0), seatsLeft(a), "the seat left the first period for the third");
        assertEquals(p3, slot(a, lena).periodId());
        placing.signInStudent(lena.student(), lena.name());
        ApplicationSummary application = asStudent.call(() -> myApplications.mine()).get(0);
        assertEquals(START.plusDays(56), application.startDate(), "the application moved with its placement");
        assertEquals(START.plusDays(83), application.endDate());
        assertEquals(START.plusDays(56), asStudent.call(() -> myPlacements.ofApplication(lena.applicationId()))
                .orElseThrow().startDate());

        placing.signInStaff(a, a.coordinator());
        NotAllowedException full = assertThrows(NotAllowedException.class, () -> asCoordinator.call(
                () -> calendar.change(new PlacementChange(lena.placementId(), p2, List.of()))));
        assertEquals("calendar.periodFull", full.messageKey());
        assertEquals(List.of(1, START.plusDays(28), START.plusDays(55)), Arrays.asList(full.arguments()));
        assertEquals(Map.of(p1, 2, p2, 0, p3, 0), seatsLeft(a), "nothing changed");
        assertEquals(p3, slot(a, lena).periodId());
        assertEquals(2, slot(a, lena).attendings().size(), "not even the attendings");
        assertEquals("calendar.periodFull", refused(() -> calendar.moveTo(lena.placementId(),
                START.plusDays(30))), "dropped on a day of the full period");

        PlacementDto dropped = asCoordinator.call(() -> calendar.moveTo(lena.placementId(), START.plusDays(10)));
        assertEquals(START, dropped.startDate(), "dropped on a day of the first period: moved there");
        assertEquals(Map.of(p1, 1, p2, 0, p3, 1), seatsLeft(a));
        assertEquals("calendar.noPeriodOnDay", refused(() -> calendar.moveTo(lena.placementId(),
                START.plusDays(200))));
        assertEquals(List.of(p1, p2, p3), asCoordinator.call(() -> calendar.periodsFor(omar.placementId())).stream()
                .map(PeriodSlot::periodId).toList(), "where a placement may go");
    }

    @Test
    void anAttendingWhoWouldSuperviseMoreExternsAtOnceThanTheHospitalAllowsIsRefused() throws Exception {
        StaffedHospital a = data.staffedHospital("a");
        ExternshipSummary wards = threePeriods(a);
        Placed lena = placing.placeIn(a, "Lena Petrova", period(wards, 0), wards.title(), List.of(a.attending()));
        Placed omar = placing.placeIn(a, "Omar Haddad", period(wards, 2), wards.title(), List.of(a.attending()));
        Placed ada = placing.placeIn(a, "Ada Obi", period(wards, 0), wards.title(), List.of(a.otherAttending()));

        placing.signInStaff(a, a.coordinator());
        assertEquals(null, asCoordinator.call(() -> calendar.supervisionLimit()), "no limit at first");
        assertThrows(InvalidInputException.class, () -> asCoordinator.call(() -> calendar.limitSupervision(0)));
        assertEquals(1, asCoordinator.call(() -> calendar.limitSupervision(1)));
        NotAllowedException tooMany = assertThrows(NotAllowedException.class, () -> asCoordinator.call(
                () -> placements.assignAttendings(ada.placementId(), List.of(a.attending().id()))));
        assertEquals("calendar.attendingFull", tooMany.messageKey());
        assertEquals(List.of(a.attending().fullName(), 2, START, 1), Arrays.asList(tooMany.arguments()));
        assertEquals(List.of(a.otherAttending().fullName()), names(slot(a, ada)), "nothing changed");
        assertEquals("calendar.attendingFull", refused(() -> calendar.change(new PlacementChange(omar.placementId(),
                period(wards, 0), List.of(a.attending().id())))), "a move into the same days as Lena");
        assertEquals(period(wards, 2), slot(a, omar).periodId(), "Omar stays");
        assertEquals(Map.of(period(wards, 0), 0, period(wards, 1), 1, period(wards, 2), 0), seatsLeft(a),
                "and so do the seats");

        assertEquals(null, asCoordinator.call(() -> calendar.limitSupervision(null)), "the limit lifted");
        asCoordinator.call(() -> placements.assignAttendings(ada.placementId(), List.of(a.attending().id())));
        assertEquals(List.of(a.attending().fullName()), names(slot(a, ada)));
        assertEquals(2, asCoordinator.call(() -> calendar.limitSupervision(2)));
        asCoordinator.call(() -> placements.assignAttendings(ada.placementId(),
                List.of(a.attending().id(), a.otherAttending().id())));
        assertEquals(2, slot(a, ada).attendings().size(), "two at once are allowed now");
    }

    @Test
    void aPlacementThatStartedOrEndedStaysAndNoPlacementMovesIntoAPeriodThatBegan() throws Exception {
        StaffedHospital a = data.staffedHospital("a");
        ExternshipSummary wards = threePeriods(a);
        Placed lena = placing.placeIn(a, "Lena Petrova", period(wards, 0), wards.title(), List.of(a.attending()));
        Placed omar = placing.placeIn(a, "Omar Haddad", period(wards, 2), wards.title(), List.of(a.attending()));
        placing.signInStaff(a, a.coordinator());

        today(START);
        assertEquals("calendar.placementStarted", refused(() -> calendar.moveTo(lena.placementId(),
                START.plusDays(60))), "its first day");
        assertFalse(slot(a, lena).movable());
        today(START.plusDays(40));
        assertEquals("calendar.periodStarted", refused(() -> calendar.moveTo(omar.placementId(),
                START.plusDays(30))), "the second period began ten days ago");
        assertEquals(List.of(period(wards, 2)), asCoordinator.call(() -> calendar.periodsFor(omar.placementId()))
                .stream().map(PeriodSlot::periodId).toList(), "only periods ahead are offered");
        today(START.plusDays(30));
        assertEquals("calendar.placementEnded", refused(() -> calendar.change(new PlacementChange(
                lena.placementId(), period(wards, 2), List.of()))));
        today(null);
        assertEquals(period(wards, 0), slot(a, lena).periodId());
        assertEquals(Map.of(period(wards, 0), 1, period(wards, 1), 1, period(wards, 2), 0), seatsLeft(a));
    }

    @Test
    void anotherHospitalsPlacementsPeriodsAndAttendingsAreNotFoundAndOnlyCoordinatorsMove() throws Exception {
        StaffedHospital a = data.staffedHospital("a");
        StaffedHospital b = data.staffedHospital("b");
        ExternshipSummary wardsA = threePeriods(a);
        ExternshipSummary wardsB = threePeriods(b);
        Placed lena = placing.placeIn(a, "Lena Petrova", period(wardsA, 0), wardsA.title(), List.of(a.attending()));
        Placed omar = placing.placeIn(b, "Omar Haddad", period(wardsB, 0), wardsB.title(), List.of(b.attending()));

        placing.signInStaff(b, b.coordinator());
        assertThrows(NotFoundException.class, () -> asCoordinator.call(() -> calendar.change(new PlacementChange(
                lena.placementId(), period(wardsA, 1), List.of()))), "a's placement");
        assertThrows(NotFoundException.class, () -> asCoordinator.call(() -> calendar.moveTo(lena.placementId(),
                START.plusDays(30))));
        assertThrows(NotFoundException.class, () -> asCoordinator.call(() -> calendar.periodsFor(
                lena.placementId())));
        assertThrows(NotFoundException.class, () -> asCoordinator.call(() -> calendar.change(new PlacementChange(
                omar.placementId(), period(wardsA, 1), List.of()))), "a's period for b's placement");
        assertThrows(NotFoundException.class, () -> asCoordinator.call(() -> calendar.change(new PlacementChange(
                omar.placementId(), period(wardsB, 1), List.of(a.attending().id())))), "a's attending");
        CalendarSpan seenByB = asCoordinator.call(() -> calendar.hospital(CalendarRange.of(START, START.plusDays(41))));
        assertEquals(List.of("Omar Haddad"), seenByB.placements().stream().map(PlacementSlot::studentName).toList());
        assertTrue(seenByB.periods().stream().allMatch(p -> p.externshipId() == wardsB.id()));
        assertFalse(asCoordinator.call(() -> files.hospital()).contains("Lena Petrova"));

        placing.signInStaff(a, a.coordinator());
        assertEquals(period(wardsA, 0), slot(a, lena).periodId(), "nothing moved");
        placing.signInStaff(a, a.attending());
        assertThrows(EJBAccessException.class, () -> asAttending.call(() -> calendar.change(new PlacementChange(
                lena.placementId(), period(wardsA, 1), List.of()))));
        assertThrows(EJBAccessException.class, () -> asAttending.call(() -> calendar.moveTo(lena.placementId(),
                START.plusDays(30))));
        assertThrows(EJBAccessException.class, () -> asAttending.call(() -> placements.move(lena.placementId(),
                period(wardsA, 1))));
        CalendarSpan mine = asAttending.call(() -> calendar.supervised(CalendarRange.of(START, START.plusDays(41))));
        assertEquals(List.of("Lena Petrova"), mine.placements().stream().map(PlacementSlot::studentName).toList());
        assertFalse(mine.placements().get(0).movable(), "the attending's calendar is read-only");
        placing.signInStaff(a, a.otherAttending());
        assertEquals(List.of(), asAttending.call(() -> calendar.supervised(CalendarRange.of(START,
                START.plusDays(41)))).placements(), "a colleague supervises nobody here");
        placing.signInStudent(lena.student(), lena.name());
        assertThrows(EJBAccessException.class, () -> asStudent.call(() -> calendar.moveTo(lena.placementId(),
                START.plusDays(30))));
        assertThrows(EJBAccessException.class, () -> asStudent.call(() -> files.hospital()));
        placing.signInStaff(a, a.coordinator());
        assertEquals(period(wardsA, 0), slot(a, lena).periodId(), "still nothing moved");
        assertThrows(InvalidInputException.class, () -> asCoordinator.call(() -> calendar.hospital(
                CalendarRange.of(START, START.plusDays(200)))), "a screenful at most");
    }

    @Test
    void theCalendarCostsTheSameStatementsForOnePlacementAsForMany() throws Exception {
        StaffedHospital small = data.staffedHospital("small");
        ExternshipSummary one = threePeriods(small);
        placing.placeIn(small, "Lena Petrova", period(one, 0), one.title(), List.of(small.attending()));
        StaffedHospital large = data.staffedHospital("large");
        ExternshipSummary many = placing.externship(large, List.of(new PeriodDraft(START, START.plusDays(27), 6),
                new PeriodDraft(START.plusDays(28), START.plusDays(55), 6)));
        for (String name : List.of("Omar Haddad", "Ada Obi", "Priya Raman", "Chen Wei")) {
            placing.placeIn(large, name, period(many, name.length() % 2), many.title(),
                    List.of(large.attending(), large.otherAttending()));
        }
        CalendarRange month = CalendarRange.of(START.minusDays(3), START.plusDays(38));
        placing.signInStaff(small, small.coordinator());
        long forSmall = statementsOf(() -> asCoordinator.call(() -> calendar.hospital(month)));
        placing.signInStaff(large, large.coordinator());
        long forLarge = statementsOf(() -> asCoordinator.call(() -> calendar.hospital(month)));
        assertEquals(4, asCoordinator.call(() -> calendar.hospital(month)).placements().size());
        assertEquals(3, forSmall, "periods, placements, their attendings");
        assertEquals(forSmall, forLarge, "1 placement or 4: the same statements");
        assertEquals(forSmall, statementsOf(() -> asCoordinator.call(() -> calendar.hospital(new CalendarRange(
                month.from(), month.to(), many.id(), null)))), "narrowed to an externship too");
        assertEquals(2, statementsOf(() -> asCoordinator.call(() -> calendar.hospital(new CalendarRange(
                month.from(), month.to(), null, large.attending().id())))), "by attending: placements only");
    }

    @Test
    void eachPersonDownloadsTheirOwnPlacementsAsICalendar() throws Exception {
        StaffedHospital a = data.staffedHospital("a");
        ExternshipSummary wards = threePeriods(a);
        Placed lena = placing.placeIn(a, "Lena Petrova", period(wards, 0), wards.title(), List.of(a.attending()));
        placing.placeIn(a, "Omar Haddad, Jr.", period(wards, 1), wards.title(), List.of(a.otherAttending()));

        placing.signInStaff(a, a.coordinator());
        String hospital = asCoordinator.call(() -> files.hospital());
        List<Map<String, String>> events = events(hospital);
        assertEquals(2, events.size());
        Map<String, String> lenas = events.get(0);
        assertEquals("Lena Petrova: " + wards.title(), lenas.get("SUMMARY"));
        assertEquals(START.toString().replace("-", ""), lenas.get("DTSTART;VALUE=DATE"));
        assertEquals(START.plusDays(28).toString().replace("-", ""), lenas.get("DTEND;VALUE=DATE"),
                "the day after the last");
        assertEquals("Supervising: " + a.attending().fullName(), lenas.get("DESCRIPTION"));
        assertTrue(lenas.get("DTSTAMP").matches("\\d{8}T\\d{6}Z"));
        assertEquals("Omar Haddad\\, Jr.: " + wards.title(), events.get(1).get("SUMMARY"), "escaped");
        assertEquals(uids(hospital), uids(asCoordinator.call(() -> files.hospital())), "stable UIDs");

        placing.signInStaff(a, a.attending());
        String attending = asAttending.call(() -> files.supervised());
        assertEquals(List.of("Lena Petrova: " + wards.title()), events(attending).stream()
                .map(e -> e.get("SUMMARY")).toList(), "only the externs they supervise");
        assertEquals(uids(attending).get(0), lenas.get("UID"), "the same event in every calendar");

        placing.signInStudent(lena.student(), lena.name());
        String student = asStudent.call(() -> files.mine());
        List<Map<String, String>> own = events(student);
        assertEquals(1, own.size());
        assertEquals(lenas.get("UID"), own.get(0).get("UID"));
        assertEquals(lenas.get("DTEND;VALUE=DATE"), own.get(0).get("DTEND;VALUE=DATE"));
        assertTrue(own.get(0).get("SUMMARY").startsWith(wards.title() + " at "));
    }

    /** Each VEVENT's properties, unfolded, by name (with parameters). */
    private static List<Map<String, String>> events(String ics) {
        assertTrue(ics.startsWith("BEGIN:VCALENDAR\r\n") && ics.endsWith("END:VCALENDAR\r\n"));
        String unfolded = ics.replace("\r\n ", "");
        List<Map<String, String>> events = new ArrayList<>();
        Map<String, String> event = null;
        for (String line : unfolded.split("\r\n")) {
            if (line.equals("BEGIN:VEVENT")) {
                event = new LinkedHashMap<>();
            } else if (line.equals("END:VEVENT")) {
                events.add(event);
                event = null;
            } else if (event != null) {
                int colon = line.indexOf(':');
                event.put(line.substring(0, colon), line.substring(colon + 1));
            }
        }
        return events;
    }

    private static List<String> uids(String ics) {
        return events(ics).stream().map(e -> e.get("UID")).toList();
    }

    private ExternshipSummary threePeriods(StaffedHospital hospital) throws Exception {
        return placing.externship(hospital, List.of(new PeriodDraft(START, START.plusDays(27), 2),
                new PeriodDraft(START.plusDays(28), START.plusDays(55), 1),
                new PeriodDraft(START.plusDays(56), START.plusDays(83), 1)));
    }

    private static long period(ExternshipSummary externship, int index) {
        return externship.periods().stream().sorted((x, y) -> x.startDate().compareTo(y.startDate()))
                .toList().get(index).id();
    }

    /** Seats left by period of the signed-in coordinator's externships, as the portal keeps them. */
    private Map<Long, Integer> seatsLeft(StaffedHospital hospital) throws Exception {
        placing.signInStaff(hospital, hospital.coordinator());
        return asCoordinator.call(() -> externships.mine()).stream().flatMap(e -> e.periods().stream())
                .collect(Collectors.toMap(ExternshipSummary.Period::id, ExternshipSummary.Period::seatsLeft));
    }

    /** The placement as the coordinator's calendar shows it (the range holds all three periods). */
    private PlacementSlot slot(StaffedHospital hospital, Placed placed) throws Exception {
        placing.signInStaff(hospital, hospital.coordinator());
        return asCoordinator.call(() -> calendar.hospital(CalendarRange.of(START.minusDays(1), START.plusDays(60))))
                .placements().stream().filter(p -> p.placementId() == placed.placementId()).findFirst().orElseThrow();
    }

    private static List<String> names(PlacementSlot slot) {
        return slot.attendings().stream().map(PlacementDto.Supervisor::name).toList();
    }

    private String refused(Callable<?> call) {
        return assertThrows(NotAllowedException.class, () -> asCoordinator.call(call)).messageKey();
    }

    private void today(LocalDate day) {
        clock.use(day == null ? null : Clock.fixed(day.atTime(12, 0).atZone(ZoneId.systemDefault()).toInstant(),
                ZoneId.systemDefault()));
    }

    private static long statementsOf(Callable<?> page) throws Exception {
        long before = SqlStatements.byThisThread();
        page.call();
        return SqlStatements.byThisThread() - before;
    }
}
