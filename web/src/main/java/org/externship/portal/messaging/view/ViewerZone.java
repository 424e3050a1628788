package org.externship.portal.messaging.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.externship.portal.identity.security.PortalUser;
import org.externship.portal.messaging.boundary.MyWorkingHours;
import org.externship.portal.shared.boundary.PortalException;

import java.time.ZoneId;
import java.util.Optional;

/**
 * The time zone of whoever views a message page, asked once per request: a staff member's own, chosen with their
 * working hours; none for a student, or for staff who have not set their hours (nor for one the boundary refuses).
 */
@RequestScoped
public class ViewerZone {

    @Inject
    PortalUser user;

    @Inject
    MyWorkingHours hours;

    private Optional<ZoneId> zone;

    public Optional<ZoneId> get() {
        if (zone == null) {
            zone = user.isStaff() ? own() : Optional.empty();
        }
        return zone;
    }

    private Optional<ZoneId> own() {
        try {
            return hours.ownZone();
        } catch (PortalException noHospital) {
            return Optional.empty();
        }
    }
}
