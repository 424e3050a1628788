package org.externship.portal.notification.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.externship.portal.identity.security.PortalUser;
import org.externship.portal.notification.boundary.Notifications;
import org.externship.portal.shared.view.MenuCounts;

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
            count = user.isStudent() || user.isCoordinator() ? MenuCounts.ask(notifications::unread) : 0;
        }
        return count;
    }
}
