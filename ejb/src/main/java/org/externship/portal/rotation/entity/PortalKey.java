package org.externship.portal.rotation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;

/**
 * A secret key of the portal's own, kept in the database so that every node of a cluster uses the same one (the
 * certificates' seal key). Made once, by the first node that needs it; never shown, never changed.
 */
@Entity
@Table(name = "portal_key")
public class PortalKey {

    @Id
    @Column(name = "name", length = 40)
    private String name;

    @Column(name = "secret", nullable = false, length = 100, updatable = false)
    private String secret;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected PortalKey() {
        // for JPA
    }

    public PortalKey(String name, String secret, Instant createdAt) {
        this.name = Objects.requireNonNull(name);
        this.secret = Objects.requireNonNull(secret);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    /** The key, base64-encoded. */
    public String secret() {
        return secret;
    }
}
