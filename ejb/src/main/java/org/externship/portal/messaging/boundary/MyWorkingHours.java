package org.externship.portal.messaging.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.externship.portal.identity.entity.StaffMember;
import org.externship.portal.shared.boundary.NotFoundException;
import org.externship.portal.shared.control.ReportsInvalidInput;
import org.externship.portal.shared.control.WorkingHours;
import org.externship.portal.shared.security.CurrentUser;
import org.externship.portal.shared.security.Roles;
import org.externship.portal.shared.tenancy.TenantIsolated;

import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * The signed-in staff member's working hours in the hospital they act for: students' messages (and letter reminders)
 * written outside them wait for the next opening. Monday to Friday, 08:00 to 18:00 in the portal's default time zone
 * until they set their own.
 */
@Stateless
@TenantIsolated
@ReportsInvalidInput
@RolesAllowed({Roles.ATTENDING, Roles.COORDINATOR})
public class MyWorkingHours {

    /** The time zones a staff member chooses from: the United States' and its territories'. */
    public static final List<String> ZONES = List.of("America/New_York", "America/Chicago", "America/Denver",
            "America/Phoenix", "America/Los_Angeles", "America/Anchorage", "America/Adak", "Pacific/Honolulu",
            "America/Puerto_Rico", "Pacific/Guam");

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    CurrentUser user;

    public HoursDto mine() {
        return dto(me().workingHours());
    }

    /** The time zone the caller chose with their working hours; none while they have not set their own. */
    public Optional<ZoneId> ownZone() {
        StaffMember me = me();
        return me.hasOwnZone() ? Optional.of(me.workingHours().zone()) : Optional.empty();
    }

    /** The zones to choose from. */
    public List<String> zones() {
        return ZONES;
    }

    public HoursDto save(@NotNull @Valid HoursCommand command) {
        StaffMember me = me();
        me.workIn(new WorkingHours(ZoneId.of(command.zone()), command.start(), command.end(),
                EnumSet.copyOf(command.days())));
        return dto(me.workingHours());
    }

    private StaffMember me() {
        return em.createNamedQuery(StaffMember.BY_SUBJECT, StaffMember.class)
                .setParameter("subject", user.subject())
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("staff member", user.subject()));
    }

    private static HoursDto dto(WorkingHours hours) {
        return new HoursDto(hours.zone().getId(), hours.start(), hours.end(), hours.days());
    }
}
