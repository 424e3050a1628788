package org.externship.portal.identity.security;

import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.ProcessingException;
import org.externship.portal.shared.view.HeldWork;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Keeps a Keycloak that is down or hung from taking the portal with it. Requests that need Keycloak (a signed-in
 * user's expired tokens to refresh, the code to exchange when Keycloak sends the user back, a visitor to send to the
 * sign-in page) go ahead only while {@link SignInAvailability} says Keycloak answers; a call that fails on the way
 * (refused, or timed out: see {@link SignInAvailability} for the timeouts) marks it down. Otherwise the user gets, at once, the
 * portal's page that sign-in is unavailable (503, {@code Retry-After}); a form they were sending is kept
 * ({@link HeldWork}) and comes back when they return to the page. Public pages, and signed-in users whose tokens
 * are still valid, never wait on Keycloak.
 */
@Decorator
@Priority(Interceptor.Priority.APPLICATION - 10)
public abstract class SignInOutageGuard implements HttpAuthenticationMechanism {

    /** Request attribute for the error page: where "Try again" leads. */
    public static final String RETURN_TO = "portal.signIn.returnTo";
    /** Request attribute for the error page: the user's form was kept. */
    public static final String WORK_KEPT = "portal.signIn.workKept";
    static final String RETRY_AFTER_SECONDS = "10";

    @Inject
    @Delegate
    @Any
    HttpAuthenticationMechanism delegate;

    @Inject
    SignInAvailability availability;

    @Inject
    OpenIdContext openId;

    @Inject
    HeldWork heldWork;

    @Inject
    PortalUser user;

    @Inject
    SignInFingerprint fingerprint;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) throws AuthenticationException {
        boolean talksToKeycloak = refreshesTokens(request) || exchangesCode(request);
        boolean sendsToKeycloak = request.getUserPrincipal() == null && context.isProtected();
        if (!talksToKeycloak && !sendsToKeycloak) {
            if (request.getUserPrincipal() != null && !user.roles().isEmpty()) {
                return sameCallerAgain(request, context);
            }
            return delegate.validateRequest(request, response, context);
        }
        if (!availability.keycloakAnswers()) {
            if (talksToKeycloak && "/signout".equals(request.getServletPath())) {
                // signing out needs no fresh token: the user stays who they were for this one request, and
                // SignOutServlet ends the portal's session (saying that Keycloak's may remain)
                return context.notifyContainerAboutLogin(request.getUserPrincipal(), user.roles());
            }
            return unavailable(request, response, context);
        }
        if (sendsToKeycloak && isFormPost(request)) {
            // the session ended while the user was typing: keep the form for them (only them) until they are back
            fingerprint.read(request).ifPresent(owner -> heldWork.hold(request, HeldWork.Reason.SESSION_ENDED, owner));
        }
        try {
            AuthenticationStatus status = delegate.validateRequest(request, response, context);
            if (talksToKeycloak) {
                availability.answered();
            }
            return status;
        } catch (RuntimeException | AuthenticationException e) {
            if (!isUnreachable(e)) {
                throw e;
            }
            availability.failed(e);
            return unavailable(request, response, context);
        }
    }

    /**
     * A signed-in user's next request, tokens still valid: the container is told the caller and their groups
     * explicitly (the roles the sign-in carried, {@link PortalUser}). The mechanism would pass the session's principal
     * alone and leave the groups to Payara, which under concurrent requests sometimes loses them (Payara issue 6145,
     * fixed after 6.2025.10 by FISH-7515): the request is then refused with 403 although the user has the role.
     * {@code SeatRaceIT} found it as the "empty 403" of two coordinators offering the last seat at once.
     */
    private AuthenticationStatus sameCallerAgain(HttpServletRequest request, HttpMessageContext context) {
        return context.notifyContainerAboutLogin(new CallerPrincipal(request.getUserPrincipal().getName()),
                user.roles());
    }

    private boolean refreshesTokens(HttpServletRequest request) {
        return request.getUserPrincipal() != null
                && (openId.getAccessToken().isExpired() || openId.getIdentityToken().isExpired());
    }

    private static boolean exchangesCode(HttpServletRequest request) {
        return request.getUserPrincipal() == null && "/callback".equals(request.getServletPath())
                && request.getParameter("state") != null;
    }

    /** A failure to reach Keycloak, as opposed to an answer the mechanism did not like. */
    static boolean isUnreachable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ProcessingException || cause instanceof IOException
                    || cause instanceof UncheckedIOException) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    private AuthenticationStatus unavailable(HttpServletRequest request, HttpServletResponse response,
                                             HttpMessageContext context) {
        if (!context.isProtected() && !exchangesCode(request)) {
            // a public page (or its style sheet) answers as for a visitor: it needs nobody's tokens
            return context.doNothing();
        }
        boolean post = request.getUserPrincipal() != null && isFormPost(request);
        String returnTo = post ? heldWork.hold(request, HeldWork.Reason.SIGN_IN_UNAVAILABLE, null)
                : HeldWork.returnAddress(request);
        response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
        try {
            if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
                // the page itself comes back with this same answer while Keycloak is down
                new AjaxAwareAuthentication.PartialResponseRedirect(response).sendRedirect(returnTo);
            } else {
                request.setAttribute(RETURN_TO, returnTo);
                request.setAttribute(WORK_KEPT,
                        post || request.getUserPrincipal() != null && heldWork.holds(request.getServletPath()));
                response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    private static boolean isFormPost(HttpServletRequest request) {
        String type = request.getContentType();
        return "POST".equals(request.getMethod()) && type != null
                && type.toLowerCase(java.util.Locale.ROOT).startsWith("application/x-www-form-urlencoded");
    }
}
