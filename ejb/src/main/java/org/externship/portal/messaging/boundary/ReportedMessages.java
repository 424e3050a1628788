package org.externship.portal.messaging.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.externship.portal.messaging.entity.ThreadMessage;
import org.externship.portal.shared.security.Roles;
import org.externship.portal.shared.tenancy.TenantContext;
import org.externship.portal.shared.tenancy.TenantIsolated;

import java.util.List;

/** The coordinator's review list: the students' messages their hospital's staff reported, newest report first. */
@Stateless
@TenantIsolated
@RolesAllowed(Roles.COORDINATOR)
public class ReportedMessages {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    TenantContext tenant;

    public List<ReportedMessageDto> all() {
        return em.createNamedQuery(ThreadMessage.REPORTED, ThreadMessage.class)
                .setParameter("hospital", tenant.requireTenant())
                .getResultStream()
                .map(m -> new ReportedMessageDto(m.id(), m.thread().topic(), m.thread().studentName(),
                        m.thread().staffName(), m.body(), m.writtenAt(), m.reportedAt(), m.reportedBy()))
                .toList();
    }
}
