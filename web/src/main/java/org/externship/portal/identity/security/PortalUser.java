package org.externship.portal.identity.security;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import org.externship.portal.shared.security.Roles;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Set;

/**
 * The signed-in user, as their Keycloak token says, kept for the HTTP session: identity and hospital only.
 * Filled by {@link SignInFilter}; pages read it for the menu and the header.
 */
@Named
@SessionScoped
public class PortalUser implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The roles in the order that picks a user's home page when they have more than one. */
    static final List<String> ROLES = List.of(Roles.PLATFORM_ADMIN, Roles.COORDINATOR, Roles.ATTENDING,
            Roles.STUDENT);

    private String subject;
    private String name;
    private String email;
    private Set<String> roles = Set.of();
    private String hospitalAlias;
    private String hospitalName;
    private List<Hospital> hospitals = List.of();
    private String signOutToken;

    /** A hospital the user may act for: a Keycloak organization of their verified token that the portal knows. */
    public record Hospital(String alias, String name) implements Serializable {
    }

    /** The portal roles the sign-in carried. */
    Set<String> roles() {
        return roles;
    }

    void signIn(String subject, String name, String email, Set<String> roles) {
        this.subject = subject;
        this.name = name;
        this.email = email;
        this.roles = Set.copyOf(roles);
        this.hospitalAlias = null;
        this.hospitalName = null;
        this.hospitals = List.of();
        byte[] token = new byte[24];
        new SecureRandom().nextBytes(token);
        this.signOutToken = Base64.getUrlEncoder().withoutPadding().encodeToString(token);
    }

    /** The hospitals the sign-in's token names (at least one); the user acts for the first until they switch. */
    void belongTo(List<Hospital> hospitals) {
        this.hospitals = List.copyOf(hospitals);
        actFor(hospitals.get(0).alias());
    }

    /**
     * Acts for the hospital {@code alias} from now on, if it is one of theirs (from the verified token, never from
     * the request alone); answers whether it is.
     */
    boolean actFor(String alias) {
        for (Hospital hospital : hospitals) {
            if (hospital.alias().equals(alias)) {
                this.hospitalAlias = hospital.alias();
                this.hospitalName = hospital.name();
                return true;
            }
        }
        return false;
    }

    /** Every hospital the user may act for, for the header's switch. */
    public List<Hospital> getHospitals() {
        return hospitals;
    }

    /** They belong to more than one hospital: the header lets them switch. */
    public boolean isInSeveralHospitals() {
        return hospitals.size() > 1;
    }

    /** Guards the sign-out form against cross-site requests: only this session's pages know it. */
    public String getSignOutToken() {
        return signOutToken;
    }

    /** Whether a form sent {@code token}, this session's token (sign-out, hospital switch): not another site's. */
    boolean sentSessionToken(String token) {
        return token != null && signOutToken != null && MessageDigest.isEqual(
                token.getBytes(StandardCharsets.UTF_8), signOutToken.getBytes(StandardCharsets.UTF_8));
    }

    public boolean isSignedIn() {
        return subject != null;
    }

    public String getSubject() {
        return subject;
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public String getHospitalAlias() {
        return hospitalAlias;
    }

    public String getHospitalName() {
        return hospitalName;
    }

    public boolean isStudent() {
        return roles.contains(Roles.STUDENT);
    }

    public boolean isAttending() {
        return roles.contains(Roles.ATTENDING);
    }

    public boolean isCoordinator() {
        return roles.contains(Roles.COORDINATOR);
    }

    public boolean isPlatformAdmin() {
        return roles.contains(Roles.PLATFORM_ADMIN);
    }

    public boolean isStaff() {
        return isCoordinator() || isAttending();
    }

    /** The role that decides the home page; null for an account with no portal role. */
    public String getPrimaryRole() {
        return ROLES.stream().filter(roles::contains).findFirst().orElse(null);
    }

    /** The home page of the primary role, relative to the context root. */
    public String homePath() {
        String role = getPrimaryRole();
        if (role == null) {
            return null;
        }
        return "/" + (Roles.PLATFORM_ADMIN.equals(role) ? "admin" : role) + "/home.xhtml";
    }
}
