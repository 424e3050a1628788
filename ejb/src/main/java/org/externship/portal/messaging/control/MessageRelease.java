package org.externship.portal.messaging.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.externship.portal.messaging.entity.ThreadMessage;
import org.externship.portal.shared.tenancy.HospitalScope;

import java.time.Instant;

/**
 * Lets one held message out, in a transaction of its own inside its hospital: claims its e-mail by a conditional
 * update (still unclaimed), so that of two runs (two nodes of a cluster) only one sends it, and sends it after the
 * commit. A run that fails rolls its claim back; the next run takes the message up again.
 */
@Stateless
public class MessageRelease {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    HospitalScope hospital;

    @Inject
    Notices notices;

    /** @return whether an e-mail goes out (after the commit) */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean release(long messageId, String hospitalAlias, Instant now) {
        hospital.enter(hospitalAlias);
        int claimed = em.createNamedQuery(ThreadMessage.CLAIM)
                .setParameter("now", now)
                .setParameter("id", messageId)
                .executeUpdate();
        if (claimed != 1) {
            return false;
        }
        ThreadMessage message = em.find(ThreadMessage.class, messageId);
        return message != null && notices.send(message);
    }
}
