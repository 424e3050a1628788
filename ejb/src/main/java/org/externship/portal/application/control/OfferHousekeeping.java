package org.externship.portal.application.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.externship.portal.application.entity.Actor;
import org.externship.portal.application.entity.Application;
import org.externship.portal.application.entity.ApplicationStatus;
import org.externship.portal.shared.tenancy.HospitalScope;

import java.time.Instant;
import java.util.List;

/**
 * Marks offers whose days have run out as lapsed, one hospital per transaction (the students are told). The seat is
 * free from the moment the offer runs out ({@link SeatLedger} no longer counts it); this only records it.
 */
@Stateless
public class OfferHousekeeping {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    HospitalScope hospital;

    @Inject
    StatusChanges statusChanges;

    /** Lapses the run-out offers of hospital {@code hospitalAlias}; returns how many. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int lapseOffers(String hospitalAlias, Instant now) {
        hospital.enter(hospitalAlias);
        List<Application> runOut = em.createNamedQuery(Application.OFFERS_RUN_OUT, Application.class)
                .setParameter("now", now)
                .getResultList();
        for (Application application : runOut) {
            statusChanges.move(application, hospitalAlias, ApplicationStatus.LAPSED, Actor.PORTAL, null, null, now,
                    null);
        }
        return runOut.size();
    }
}
