package org.externship.portal.testing;

import org.externship.portal.identity.entity.StaffMember;
import org.externship.portal.tenant.entity.Hospital;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** A freshly seeded hospital with its coordinator and two attendings, as they were written. */
public record StaffedHospital(Hospital hospital, StaffMember coordinator, StaffMember attending,
                              StaffMember otherAttending) {

    public String alias() {
        return hospital.alias();
    }

    public List<StaffMember> staff() {
        return List.of(coordinator, attending, otherAttending);
    }

    public Set<Long> staffIds() {
        return staff().stream().map(StaffMember::id).collect(Collectors.toSet());
    }

    public Set<String> staffNames() {
        return staff().stream().map(StaffMember::fullName).collect(Collectors.toSet());
    }
}
