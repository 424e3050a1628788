package org.externship.portal.learninglog.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.externship.portal.learninglog.entity.LogEntry;
import org.externship.portal.shared.security.Roles;
import org.externship.portal.shared.tenancy.TenantContext;
import org.externship.portal.shared.tenancy.TenantIsolated;

import java.util.List;

/**
 * The entries a student chose to share with their placement's hospital, for its coordinators: the latest version of
 * each, without the history. An entry the student keeps private, or one of another hospital's placement, is not here.
 */
@Stateless
@TenantIsolated
@RolesAllowed(Roles.COORDINATOR)
public class SharedEntries {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    TenantContext tenant;

    /** The shared entries of placement {@code placementId} of the caller's hospital, newest day first. */
    public List<EntryDto> ofPlacement(long placementId) {
        return em.createNamedQuery(LogEntry.SHARED_WITH_HOSPITAL, LogEntry.class)
                .setParameter("hospital", tenant.requireTenant())
                .setParameter("placement", placementId)
                .setMaxResults(LearningLog.LIST_LIMIT)
                .getResultStream()
                .map(EntryDto::of)
                .toList();
    }
}
