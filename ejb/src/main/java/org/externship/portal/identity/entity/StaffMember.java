package org.externship.portal.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.externship.portal.shared.entity.TenantOwned;

import java.time.Instant;

/**
 * A coordinator or attending in one hospital's staff directory. Their account, role and membership live in
 * Keycloak; this record holds what the hospital adds (title, specialty) and when they last signed in.
 */
@Entity
@Table(name = "staff_member")
@NamedQuery(name = StaffMember.ALL, query = "select s from StaffMember s order by s.role, s.fullName")
@NamedQuery(name = StaffMember.BY_SUBJECT, query = "select s from StaffMember s where s.keycloakUserId = :subject")
public class StaffMember extends TenantOwned {

    public static final String ALL = "StaffMember.all";
    public static final String BY_SUBJECT = "StaffMember.bySubject";

    @Id
    @SequenceGenerator(name = "portal_seq", sequenceName = "portal_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "portal_seq")
    private Long id;

    @Column(name = "keycloak_user_id", nullable = false, length = 64)
    private String keycloakUserId;

    @Column(name = "full_name", nullable = false, length = 160)
    private String fullName;

    @Column(nullable = false, length = 254)
    private String email;

    @Enumerated(EnumType.STRING)
    @Column(name = "staff_role", nullable = false, length = 16)
    private StaffRole role;

    @Column(length = 80)
    private String title;

    @Column(length = 80)
    private String specialty;

    @Column(name = "last_sign_in_at")
    private Instant lastSignInAt;

    protected StaffMember() {
        // for JPA
    }

    public StaffMember(String keycloakUserId, String fullName, String email, StaffRole role) {
        this.keycloakUserId = keycloakUserId;
        this.fullName = fullName;
        this.email = email;
        this.role = role;
    }

    public void signedIn(String fullName, String email, StaffRole role, Instant at) {
        this.fullName = fullName;
        this.email = email;
        this.role = role;
        this.lastSignInAt = at;
    }

    public void describe(String title, String specialty) {
        this.title = title;
        this.specialty = specialty;
    }

    public Long id() {
        return id;
    }

    public String keycloakUserId() {
        return keycloakUserId;
    }

    public String fullName() {
        return fullName;
    }

    public String email() {
        return email;
    }

    public StaffRole role() {
        return role;
    }

    public String title() {
        return title;
    }

    public String specialty() {
        return specialty;
    }

    public Instant lastSignInAt() {
        return lastSignInAt;
    }
}
