package org.externship.portal.identity.security;

import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.externship.portal.identity.boundary.StaffDirectory;
import org.externship.portal.shared.boundary.NotFoundException;
import org.externship.portal.shared.security.CurrentUser;
import org.externship.portal.shared.tenancy.TenantContext;
import org.externship.portal.tenant.boundary.HospitalSummary;
import org.externship.portal.tenant.boundary.Hospitals;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Once per request: who is signed in and for which hospital. At the first request of a sign-in it reads the
 * verified ID token (name, e-mail, Keycloak organization) into {@link PortalUser}, and records staff in their
 * hospital's directory; on every request it hands the user and the hospital to the EJB tier.
 */
@WebFilter(filterName = "SignInFilter", urlPatterns = "/*")
public class SignInFilter extends HttpFilter {

    @Inject
    PortalUser user;

    @Inject
    OpenIdContext openId;

    @Inject
    TenantContext tenant;

    @Inject
    CurrentUser currentUser;

    @Inject
    Hospitals hospitals;

    @Inject
    StaffDirectory staffDirectory;

    @Inject
    SignInFingerprint fingerprint;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getUserPrincipal() != null) {
            String subject = openId.getSubject();
            if (!user.isSignedIn() || !Objects.equals(user.getSubject(), subject)) {
                signIn(request, subject);
                fingerprint.issue(response, subject);
            }
            currentUser.signedIn(user.getSubject(), user.getName(), user.getEmail());
            currentUser.from(request.getRemoteAddr());
            tenant.actFor(user.getHospitalAlias());
        }
        chain.doFilter(request, response);
    }

    private void signIn(HttpServletRequest request, String subject) {
        TokenClaims claims = TokenClaims.of(openId.getIdentityToken().getToken());
        Set<String> roles = new HashSet<>();
        for (String role : PortalUser.ROLES) {
            if (request.isUserInRole(role)) {
                roles.add(role);
            }
        }
        String email = claims.string("email").orElse("");
        String name = claims.string("name").or(() -> claims.string("preferred_username")).orElse(email);
        user.signIn(subject, name, email, roles);
        if (!user.isStaff()) {
            return;
        }
        List<String> organizations = claims.organizations();
        if (organizations.isEmpty()) {
            return;
        }
        currentUser.signedIn(subject, name, email);
        tenant.actFor(organizations.get(0));
        try {
            HospitalSummary hospital = hospitals.mine();
            user.belongTo(hospital.alias(), hospital.name());
            staffDirectory.recordSignIn();
        } catch (NotFoundException e) {
            // a Keycloak organization the portal does not know: the user acts for no hospital
            tenant.actFor(null);
        }
    }
}
