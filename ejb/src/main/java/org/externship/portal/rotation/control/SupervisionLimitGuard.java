package org.externship.portal.rotation.control;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.externship.portal.placement.boundary.PlacementChanging;
import org.externship.portal.shared.boundary.NotAllowedException;
import org.externship.portal.shared.tenancy.TenantContext;
import org.externship.portal.tenant.entity.Hospital;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps each attending within the hospital's limit of externs supervised at once ({@link Hospital}'s
 * {@code maxExternsPerAttending}, none when empty): a placement's move or a new choice of its attendings is refused,
 * naming the attending, when one of them would supervise more externs on one day of it. Observes the placement's
 * {@link PlacementChanging} inside its transaction (the hospital is entered), one query for all its attendings.
 */
@Dependent
public class SupervisionLimitGuard {

    static final String OVERLAPPING = "select s.id, s.fullName, pe.startDate, pe.endDate from Placement p "
            + "join p.attendings s join p.period pe where s.id in :attendings and p.id <> :placement "
            + "and pe.startDate <= :last and pe.endDate >= :first";

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    TenantContext tenant;

    void check(@Observes PlacementChanging change) {
        if (change.attendingIds().isEmpty()) {
            return;
        }
        Integer limit = em.createNamedQuery(Hospital.BY_ALIAS, Hospital.class)
                .setParameter("alias", tenant.requireTenant())
                .getResultStream().findFirst().map(Hospital::maxExternsPerAttending).orElse(null);
        if (limit == null) {
            return;
        }
        Map<Long, String> names = new LinkedHashMap<>();
        Map<Long, List<SupervisionLoad.Span>> others = new LinkedHashMap<>();
        em.createQuery(OVERLAPPING, Object[].class)
                .setParameter("attendings", change.attendingIds())
                .setParameter("placement", change.placementId())
                .setParameter("first", change.startDate())
                .setParameter("last", change.endDate())
                .getResultStream()
                .forEach(row -> {
                    Long attending = (Long) row[0];
                    names.put(attending, (String) row[1]);
                    others.computeIfAbsent(attending, id -> new ArrayList<>())
                            .add(new SupervisionLoad.Span((LocalDate) row[2], (LocalDate) row[3]));
                });
        SupervisionLoad.Span placement = new SupervisionLoad.Span(change.startDate(), change.endDate());
        for (Map.Entry<Long, List<SupervisionLoad.Span>> attending : others.entrySet()) {
            SupervisionLoad.Peak peak = SupervisionLoad.peak(placement, attending.getValue());
            if (peak.externs() > limit) {
                throw new NotAllowedException("calendar.attendingFull", names.get(attending.getKey()),
                        peak.externs(), peak.from(), limit);
            }
        }
    }
}
