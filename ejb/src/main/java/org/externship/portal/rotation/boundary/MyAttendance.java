package org.externship.portal.rotation.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.externship.portal.application.boundary.MyApplications;
import org.externship.portal.learninglog.boundary.PatientPrivacy;
import org.externship.portal.placement.boundary.MyPlacements;
import org.externship.portal.placement.boundary.PlacementDto;
import org.externship.portal.rotation.entity.AttendanceDay;
import org.externship.portal.shared.boundary.NotAllowedException;
import org.externship.portal.shared.boundary.NotFoundException;
import org.externship.portal.shared.control.PortalClock;
import org.externship.portal.shared.control.ReportsInvalidInput;
import org.externship.portal.shared.security.CurrentUser;
import org.externship.portal.shared.security.Roles;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The student's attendance in their placements (issue 10): the days they were on site and the hours, one entry per
 * day, logged from the placement's first day up to today and its last day; changed or removed until a supervising
 * attending confirms it. A placement is reached through the student's own application ({@link MyPlacements}); anyone
 * else's is not found.
 */
@Stateless
@ReportsInvalidInput
@RolesAllowed(Roles.STUDENT)
public class MyAttendance {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    MyPlacements placements;

    @Inject
    MyApplications applications;

    @Inject
    CurrentUser user;

    @Inject
    PortalClock clock;

    @Inject
    PatientPrivacy privacy;

    /** The attendance of the placement the caller's application {@code applicationId} became. */
    public AttendanceSheet sheet(long applicationId) {
        Placed placed = placed(applicationId);
        return sheet(placed, days(placed));
    }

    /** Logs a day, or changes the hours and note of one logged before; refused once that day is confirmed. */
    public AttendanceSheet log(@NotNull @Valid AttendanceCommand command) {
        Placed placed = placed(command.applicationId());
        PlacementDto placement = placed.placement();
        LocalDate day = command.day();
        if (day.isBefore(placement.startDate()) || day.isAfter(placement.endDate())) {
            throw new NotAllowedException("attendance.outsidePlacement", placement.startDate(), placement.endDate());
        }
        if (day.isAfter(clock.today())) {
            throw new NotAllowedException("attendance.future");
        }
        String note = command.note() == null || command.note().isBlank() ? null : command.note().strip();
        if (note != null) {
            privacy.requireDeidentified(Map.of("note", note));
        }
        List<AttendanceDay> days = new ArrayList<>(days(placed));
        AttendanceDay logged = days.stream().filter(d -> d.day().equals(day)).findFirst().orElse(null);
        if (logged == null) {
            logged = new AttendanceDay(placed.hospitalAlias(), placement.id(), user.subject(), day);
            logged.log(command.hours(), note, clock.now());
            em.persist(logged);
            days.add(logged);
            days.sort(Comparator.comparing(AttendanceDay::day));
        } else if (logged.isConfirmed()) {
            throw new NotAllowedException("attendance.confirmed");
        } else {
            logged.log(command.hours(), note, clock.now());
        }
        return sheet(placed, days);
    }

    /** Removes logged day {@code dayId} of the caller's application {@code applicationId}, unless confirmed. */
    public AttendanceSheet remove(long applicationId, long dayId) {
        Placed placed = placed(applicationId);
        List<AttendanceDay> days = new ArrayList<>(days(placed));
        AttendanceDay day = days.stream().filter(d -> d.id() == dayId).findFirst()
                .orElseThrow(() -> new NotFoundException("attendance day", dayId));
        if (day.isConfirmed()) {
            throw new NotAllowedException("attendance.confirmed");
        }
        em.remove(day);
        days.remove(day);
        return sheet(placed, days);
    }

    /** The placement the caller's application became, and its hospital: looked up once per call. */
    private Placed placed(long applicationId) {
        String hospitalAlias = applications.hospitalOf(applicationId);
        PlacementDto placement = placements.ofApplication(applicationId)
                .orElseThrow(() -> new NotFoundException("placement", applicationId));
        return new Placed(hospitalAlias, placement);
    }

    private List<AttendanceDay> days(Placed placed) {
        return em.createNamedQuery(AttendanceDay.OF_PLACEMENT, AttendanceDay.class)
                .setParameter("hospital", placed.hospitalAlias())
                .setParameter("placement", placed.placement().id())
                .getResultStream()
                .filter(d -> d.studentSubject().equals(user.subject()))
                .toList();
    }

    private static AttendanceSheet sheet(Placed placed, List<AttendanceDay> days) {
        return new AttendanceSheet(placed.placement(), days.stream().map(AttendanceDayDto::of).toList());
    }

    private record Placed(String hospitalAlias, PlacementDto placement) {
    }
}
