package org.externship.portal.messaging.view;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.externship.portal.messaging.boundary.MessageDto;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * When a held message arrives, on the recipient's own clock ({@code #{messageTimes.delivery(m)}}):
 * "Monday, Jan 11 at 8:00 AM EST".
 */
@Named
@ApplicationScoped
public class MessageTimes {

    private static final DateTimeFormatter DELIVERY = DateTimeFormatter.ofPattern("EEEE, MMM d 'at' h:mm a z",
            Locale.US);

    public String delivery(MessageDto message) {
        ZoneId zone = message.recipientZone() == null ? ZoneId.systemDefault() : message.recipientZone();
        return DELIVERY.withZone(zone).format(message.deliverAt());
    }
}
