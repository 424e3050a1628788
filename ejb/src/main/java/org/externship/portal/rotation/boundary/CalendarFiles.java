package org.externship.portal.rotation.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.externship.portal.application.boundary.ApplicationSummary;
import org.externship.portal.placement.boundary.MyPlacements;
import org.externship.portal.rotation.control.CalendarReader;
import org.externship.portal.rotation.control.CalendarReader.Narrowing;
import org.externship.portal.rotation.control.IcsWriter;
import org.externship.portal.shared.control.PortalClock;
import org.externship.portal.shared.security.CurrentUser;
import org.externship.portal.shared.security.Roles;
import org.externship.portal.shared.tenancy.TenantContext;
import org.externship.portal.shared.tenancy.TenantIsolated;
import org.externship.portal.tenant.entity.Hospital;

import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.UUID;

/**
 * A person's own placements as an iCalendar file (RFC 5545, {@link IcsWriter}), for their calendar application: the
 * coordinator's hospital's placements, the ones an attending supervises, a student's own in every hospital. Each
 * placement is one all-day event whose UID stays the same from one download to the next (derived from its
 * application, never showing an id). From a year back to three years ahead. Staff methods are {@link TenantIsolated};
 * the student's enters no hospital ({@link MyPlacements#mine}). Texts in
 * {@code rotation/calendar.properties}.
 */
@Stateless
public class CalendarFiles {

    private static final String BUNDLE = "org.externship.portal.rotation.calendar";

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    CalendarReader reader;

    @Inject
    MyPlacements myPlacements;

    @Inject
    TenantContext tenant;

    @Inject
    CurrentUser user;

    @Inject
    PortalClock clock;

    /** The hospital's placements, for its coordinator. */
    @RolesAllowed(Roles.COORDINATOR)
    @TenantIsolated
    public String hospital() {
        return staff("name.hospital", Narrowing.NONE);
    }

    /** The placements the calling attending supervises in the hospital they act for. */
    @RolesAllowed(Roles.ATTENDING)
    @TenantIsolated
    public String supervised() {
        return staff("name.attending", new Narrowing(null, null, user.subject()));
    }

    /** The calling student's placements, in every hospital. */
    @RolesAllowed(Roles.STUDENT)
    public String mine() {
        List<IcsWriter.Event> events = myPlacements.mine().stream()
                .map(a -> new IcsWriter.Event(uid(a.id()), a.startDate(), a.endDate(),
                        text("summary.student", a.externshipTitle(), a.hospitalName()), null, a.hospitalName()))
                .toList();
        return IcsWriter.calendar(text("name.student"), events, clock.now());
    }

    private String staff(String nameKey, Narrowing narrowing) {
        Hospital hospital = em.createNamedQuery(Hospital.BY_ALIAS, Hospital.class)
                .setParameter("alias", tenant.requireTenant()).getSingleResult();
        LocalDate today = clock.today();
        List<IcsWriter.Event> events = reader.placements(today.minusYears(1), today.plusYears(3), narrowing, today)
                .stream()
                .map(p -> new IcsWriter.Event(uid(p.applicationId()), p.startDate(), p.endDate(),
                        text("summary.staff", p.studentName(), p.externshipTitle()),
                        p.attendings().isEmpty() ? text("noSupervisors") : text("supervisors", p.attendingNames()),
                        p.hospitalName()))
                .toList();
        return IcsWriter.calendar(text(nameKey, hospital.name()), events, clock.now());
    }

    /** The same for a placement in every download: a name-based UUID of its application, not the id itself. */
    static String uid(long applicationId) {
        return UUID.nameUUIDFromBytes(("externship-portal placement " + applicationId)
                .getBytes(StandardCharsets.UTF_8)) + "@externship-portal";
    }

    private static String text(String key, Object... arguments) {
        String pattern = ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH).getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, Locale.ENGLISH).format(arguments);
    }
}
