package org.externship.portal.letters.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.externship.portal.identity.entity.StaffMember;
import org.externship.portal.shared.control.WorkingHours;

import java.time.ZoneId;

/** When a staff member may be contacted: the working hours the letters' follow-ups respect. */
@ApplicationScoped
public class StaffHours {

    @Inject
    @ConfigProperty(name = "portal.staff.default-zone", defaultValue = "America/New_York")
    String defaultZone;

    public WorkingHours of(StaffMember member) {
        return WorkingHours.in(ZoneId.of(defaultZone));
    }
}
