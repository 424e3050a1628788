package org.externship.portal.notification.view;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.externship.portal.notification.boundary.NotificationDto;
import org.externship.portal.notification.boundary.Notifications;

import java.io.Serializable;
import java.util.List;

/**
 * student/notifications.xhtml and coordinator/notifications.xhtml: what changed in the caller's applications,
 * newest first. Opening the list marks everything read; the list still shows which ones were new.
 */
@Named
@ViewScoped
public class NotificationsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Notifications notifications;

    private List<NotificationDto> latest = List.of();

    @PostConstruct
    void load() {
        latest = notifications.latest();
        if (latest.stream().anyMatch(NotificationDto::unread)) {
            notifications.markAllRead();
        }
    }

    public List<NotificationDto> getLatest() {
        return latest;
    }
}
