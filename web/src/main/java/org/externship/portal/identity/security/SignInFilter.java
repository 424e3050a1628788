package org.externship.portal.identity.security;

import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.externship.portal.identity.boundary.MyHospitals;
import org.externship.portal.identity.boundary.StaffDirectory;
import org.externship.portal.shared.boundary.NotFoundException;
import org.externship.portal.shared.security.CurrentUser;
import org.externship.portal.shared.tenancy.TenantContext;
import org.externship.portal.tenant.boundary.HospitalSummary;
import org.externship.portal.tenant.boundary.Hospitals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Once per request: who is signed in and for which hospital. At the first request of a sign-in it reads the
 * verified ID token (name, e-mail, Keycloak organization) into {@link PortalUser}, with every hospital of the
 * user's organizations the portal knows (for a member of several, whom the token does not name, from Keycloak itself:
 * {@link MyHospitals}), and records staff in the directory of the first, which they act for until they
 * switch ({@link HospitalSwitchServlet}); on every request it hands the user and the hospital to the EJB tier.
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
    MyHospitals myHospitals;

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
        currentUser.signedIn(subject, name, email);
        List<String> organizations = claims.organizations();
        if (organizations.isEmpty()) {
            // a member of several hospitals: the token names none (MyHospitals), Keycloak itself does
            organizations = myHospitals.aliases();
        }
        List<PortalUser.Hospital> known = new ArrayList<>();
        for (String organization : organizations) {
            tenant.actFor(organization);
            try {
                HospitalSummary hospital = hospitals.mine();
                known.add(new PortalUser.Hospital(hospital.alias(), hospital.name()));
            } catch (NotFoundException e) {
                // a Keycloak organization the portal does not know: not a hospital the user can act for
            }
        }
        if (known.isEmpty()) {
            tenant.actFor(null);
            return;
        }
        user.belongTo(known);
        tenant.actFor(user.getHospitalAlias());
        staffDirectory.recordSignIn();
    }
}
