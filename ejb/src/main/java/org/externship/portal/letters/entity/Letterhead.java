package org.externship.portal.letters.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.externship.portal.shared.entity.TenantOwned;

import java.time.Instant;
import java.util.Objects;

/**
 * The hospital's letterhead (issue 11), set by its coordinator for every letter written in the portal: the address
 * under the hospital's name, the main phone, and the logo as the portal re-encoded it. One per hospital.
 */
@Entity
@Table(name = "letterhead")
@NamedQuery(name = Letterhead.OWN, query = "select l from Letterhead l")
public class Letterhead extends TenantOwned {

    /** The hospital's letterhead (the tenant's: at most one). */
    public static final String OWN = "Letterhead.own";
    public static final int ADDRESS_MAX = LetterDraft.ADDRESS_MAX;
    public static final int PHONE_MAX = LetterDraft.PHONE_MAX;

    @Id
    @SequenceGenerator(name = "portal_seq", sequenceName = "portal_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "portal_seq")
    private Long id;

    @Column(name = "address", length = ADDRESS_MAX)
    private String address;

    @Column(name = "phone", length = PHONE_MAX)
    private String phone;

    @Column(name = "logo")
    private byte[] logo;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Letterhead() {
        // for JPA
    }

    public Letterhead(Instant now) {
        this.updatedAt = Objects.requireNonNull(now);
    }

    public void describe(String address, String phone, Instant now) {
        this.address = address;
        this.phone = phone;
        this.updatedAt = Objects.requireNonNull(now);
    }

    /** The logo, already re-encoded by the portal; null takes it away. */
    public void logo(byte[] png, Instant now) {
        this.logo = png == null ? null : png.clone();
        this.updatedAt = Objects.requireNonNull(now);
    }

    public String address() {
        return address;
    }

    public String phone() {
        return phone;
    }

    public boolean hasLogo() {
        return logo != null;
    }

    public byte[] logo() {
        return logo == null ? null : logo.clone();
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
