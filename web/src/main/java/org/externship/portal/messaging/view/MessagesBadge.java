package org.externship.portal.messaging.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.externship.portal.identity.security.PortalUser;
import org.externship.portal.messaging.boundary.StaffMessages;
import org.externship.portal.messaging.boundary.StudentMessages;
import org.externship.portal.shared.view.MenuCounts;

/**
 * The menu's count of unread messages, asked once per page (one count in the database): a student's unread replies,
 * an attending's or coordinator's unread students' messages (delivered ones: a message held for their working hours
 * counts from then on). Reading the conversations on the messages page clears it.
 */
@Named
@RequestScoped
public class MessagesBadge {

    @Inject
    StudentMessages studentMessages;

    @Inject
    StaffMessages staffMessages;

    @Inject
    PortalUser user;

    private Long count;

    public long getCount() {
        if (count == null) {
            count = user.isStudent() ? MenuCounts.ask(studentMessages::unreadCount)
                    : user.isAttending() || user.isCoordinator() ? MenuCounts.ask(staffMessages::unreadCount) : 0;
        }
        return count;
    }
}
