package org.externship.portal.tenant.boundary;

import org.externship.portal.tenant.entity.Hospital;
import org.externship.portal.tenant.entity.HospitalType;

import java.time.Instant;

/** What views show of a hospital. */
public record HospitalSummary(long id, String alias, String name, HospitalType type, String city, String state,
                              String emailDomain, Instant createdAt) {

    static HospitalSummary of(Hospital h) {
        return new HospitalSummary(h.id(), h.alias(), h.name(), h.type(), h.city(), h.state(), h.emailDomain(),
                h.createdAt());
    }
}
