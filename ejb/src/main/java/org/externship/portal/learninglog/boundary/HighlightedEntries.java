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

import java.util.Collection;
import java.util.List;

/**
 * Entries a student highlighted for someone of the placement's hospital to read: the letters feature's packet for
 * the attending a letter request names (issue 11). The caller decides whose highlights these are (the letters
 * boundary, for the request's own attending); this answers only entries of that placement of the caller's hospital,
 * the latest version of each, oldest day first.
 */
@Stateless
@TenantIsolated
@RolesAllowed(Roles.ATTENDING)
public class HighlightedEntries {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    TenantContext tenant;

    public List<EntryDto> ofPlacement(long placementId, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery(LogEntry.OF_PLACEMENT_BY_ID, LogEntry.class)
                .setParameter("ids", ids)
                .setParameter("hospital", tenant.requireTenant())
                .setParameter("placement", placementId)
                .getResultStream()
                .map(EntryDto::of)
                .toList();
    }
}
