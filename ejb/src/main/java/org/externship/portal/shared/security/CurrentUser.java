package org.externship.portal.shared.security;

import jakarta.enterprise.context.RequestScoped;

import java.util.Optional;

/**
 * Who the current request is for, as their token says: the Keycloak subject id, display name and e-mail.
 * The web layer fills it once per request; roles are the container's ({@code @RolesAllowed}).
 */
@RequestScoped
public class CurrentUser {

    private String subject;
    private String name;
    private String email;
    private String address;

    public void signedIn(String subject, String name, String email) {
        this.subject = subject;
        this.name = name;
        this.email = email;
    }

    /** Where the request comes from (the client's network address as the server sees it), for audit trails. */
    public void from(String address) {
        this.address = address;
    }

    public String address() {
        return address;
    }

    public boolean isKnown() {
        return subject != null;
    }

    public String subject() {
        return Optional.ofNullable(subject).orElseThrow(() -> new IllegalStateException("no signed-in user"));
    }

    public String name() {
        return name;
    }

    public String email() {
        return email;
    }
}
