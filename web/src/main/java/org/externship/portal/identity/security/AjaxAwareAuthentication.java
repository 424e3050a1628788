package org.externship.portal.identity.security;

import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.io.IOException;

/**
 * When the session has expired (or a token refresh was refused) during a PrimeFaces AJAX request, the OpenID
 * Connect mechanism answers with a plain 302 to Keycloak, which an XMLHttpRequest follows and fails on silently.
 * This decorator turns that redirect into a Faces partial-response redirect, so the browser itself goes to the
 * sign-in page.
 */
@Decorator
@Priority(Interceptor.Priority.APPLICATION)
public abstract class AjaxAwareAuthentication implements HttpAuthenticationMechanism {

    @Inject
    @Delegate
    @Any
    HttpAuthenticationMechanism delegate;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) throws AuthenticationException {
        return delegate.validateRequest(request, forAjax(request, response, context), context);
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        delegate.cleanSubject(request, forAjax(request, response, context), context);
    }

    private static HttpServletResponse forAjax(HttpServletRequest request, HttpServletResponse response,
                                               HttpMessageContext context) {
        if (!"partial/ajax".equals(request.getHeader("Faces-Request"))) {
            return response;
        }
        HttpServletResponse wrapped = new PartialResponseRedirect(response);
        context.setResponse(wrapped);
        return wrapped;
    }

    /** Writes {@code <partial-response><redirect url="..."/></partial-response>} instead of a 302. */
    static final class PartialResponseRedirect extends HttpServletResponseWrapper {

        PartialResponseRedirect(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            HttpServletResponse response = (HttpServletResponse) getResponse();
            response.setStatus(HttpServletResponse.SC_OK);
            response.setContentType("text/xml");
            response.setCharacterEncoding("UTF-8");
            response.setHeader("Cache-Control", "no-store");
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response>"
                    + "<redirect url=\"" + escape(location) + "\"/></partial-response>");
            response.flushBuffer();
        }

        static String escape(String text) {
            return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
        }
    }
}
