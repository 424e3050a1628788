package org.externship.portal.notification.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import org.externship.portal.identity.security.PortalUser;
import org.externship.portal.notification.boundary.Notifications;
import org.externship.portal.shared.boundary.PortalException;

/**
 * The menu's count of unread notifications (students and coordinators), asked once per page. A coordinator who
 * belongs to no hospital has none to count, and error pages show none: the page always renders.
 */
@Named
@RequestScoped
public class UnreadBadge {

    @Inject
    Notifications notifications;

    @Inject
    PortalUser user;

    private Long count;

    public long getCount() {
        if (count == null) {
            count = countUnread();
        }
        return count;
    }

    private long countUnread() {
        if (!user.isStudent() && !user.isCoordinator() || isErrorPage()) {
            return 0;
        }
        try {
            return notifications.unread();
        } catch (PortalException noHospital) {
            return 0;
        }
    }

    /** An error page renders without the sign-in's request context (SignInFilter runs for requests only). */
    private static boolean isErrorPage() {
        Object request = FacesContext.getCurrentInstance().getExternalContext().getRequest();
        return request instanceof HttpServletRequest http && http.getDispatcherType() == DispatcherType.ERROR;
    }
}
