package org.externship.portal.rotation.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.externship.portal.rotation.entity.PortalKey;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * The portal's keys in the database ({@link PortalKey}), each made once: the first node that needs one makes it in a
 * transaction of its own; a node that loses the race to make it reads the winner's.
 */
@Stateless
public class SealKeys {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /** Key {@code name}, if it was made. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<String> find(String name) {
        return Optional.ofNullable(em.find(PortalKey.class, name)).map(PortalKey::secret);
    }

    /** Makes key {@code name}: 256 random bits. Fails when another node made it meanwhile. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public String make(String name) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        PortalKey key = new PortalKey(name, Base64.getEncoder().encodeToString(secret), Instant.now());
        em.persist(key);
        em.flush();
        return key.secret();
    }
}
