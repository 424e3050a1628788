package org.externship.portal.letters.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.externship.portal.letters.entity.LetterAccess;
import org.externship.portal.shared.entity.StoredTime;
import org.externship.portal.shared.security.CurrentUser;

/**
 * Writes the letters' access trail (issue 11) in a transaction of its own, so that a refused attempt is on record
 * even though the caller's transaction is rolled back by the refusal.
 */
@Stateless
public class AccessTrail {

    /** A link's recipient on the trail: by the delivery that sent them the link. */
    static final String RECIPIENT = "link-";
    /** The portal on the trail, acting for nobody signed in. */
    static final String PORTAL = "portal";

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    CurrentUser user;

    /** The caller, in {@code role}, did or tried {@code action} on the letter of request {@code requestId}. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(String hospitalAlias, long requestId, Integer versionNumber, String role,
                       LetterAccess.Action action, boolean allowed) {
        em.persist(new LetterAccess(hospitalAlias, requestId, versionNumber, user.subject(), user.name(), role, action,
                allowed, user.address(), StoredTime.now()));
    }

    /**
     * The portal itself did {@code action} on the letter of request {@code requestId}, in its writer's stead (a link
     * it sent for a writer the hospital has deactivated): nobody is signed in.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordPortal(String hospitalAlias, long requestId, Integer versionNumber, LetterAccess.Action action) {
        em.persist(new LetterAccess(hospitalAlias, requestId, versionNumber, PORTAL, "Externship Portal", PORTAL,
                action, true, null, StoredTime.now()));
    }

    /**
     * The recipient of download link {@code deliveryId} (not signed in: known by the link), from {@code address},
     * opened or tried to open the letter of request {@code requestId}.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordRecipient(String hospitalAlias, long requestId, Integer versionNumber, long deliveryId,
                                String recipient, String address, boolean allowed) {
        em.persist(new LetterAccess(hospitalAlias, requestId, versionNumber, RECIPIENT + deliveryId, recipient,
                "recipient", LetterAccess.Action.READ, allowed, address, StoredTime.now()));
    }
}
