package org.externship.portal.letters.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.externship.portal.letters.entity.LetterAccess;
import org.externship.portal.letters.entity.LetterRequest;
import org.externship.portal.shared.security.Roles;
import org.externship.portal.shared.tenancy.TenantContext;
import org.externship.portal.shared.tenancy.TenantIsolated;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The hospital's letters' access trail, for its coordinator to review and export (issue 11): every read of a letter's
 * content and every refused attempt, newest first. Read only: nothing in the portal changes or removes an entry.
 */
@Stateless
@TenantIsolated
@RolesAllowed(Roles.COORDINATOR)
public class LetterAudit {

    /** The newest entries a page or an export shows at most. */
    public static final int MAX_ENTRIES = 5000;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    TenantContext tenant;

    public List<LetterAccessDto> trail() {
        String hospital = tenant.requireTenant();
        Map<Long, LetterRequest> requests = em.createQuery(
                        "select r from LetterRequest r where r.hospitalAlias = :hospital", LetterRequest.class)
                .setParameter("hospital", hospital)
                .getResultStream()
                .collect(Collectors.toMap(LetterRequest::id, Function.identity()));
        return em.createNamedQuery(LetterAccess.OF_HOSPITAL, LetterAccess.class)
                .setParameter("hospital", hospital)
                .setMaxResults(MAX_ENTRIES)
                .getResultStream()
                .map(a -> {
                    LetterRequest r = requests.get(a.requestId());
                    return new LetterAccessDto(a.accessedAt(), a.actorName(), a.actorRole(), a.action(),
                            a.isAllowed(), a.address(), a.requestId(), a.versionNumber(),
                            r == null ? null : r.studentName(), r == null ? null : r.attendingName());
                })
                .toList();
    }
}
