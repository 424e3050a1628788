package org.externship.portal.messaging.view;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.externship.portal.messaging.boundary.MessageDto;
import org.externship.portal.shared.view.Formats;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * The times of the message pages. When a held message arrives, on the recipient's own clock
 * ({@code #{messageTimes.delivery(m)}}): "Monday, Jan 11 at 8:00 AM EST". When anything else happened
 * ({@code #{messageTimes.moment(instant)}}), on the viewer's own clock where they are staff who set their working
 * hours ("Jan 11, 2027, 8:00 AM PST"), else as every page shows a moment.
 */
@Named
@ApplicationScoped
public class MessageTimes {

    private static final DateTimeFormatter DELIVERY = DateTimeFormatter.ofPattern("EEEE, MMM d 'at' h:mm a z",
            Locale.US);
    private static final DateTimeFormatter ZONED_MOMENT = new DateTimeFormatterBuilder()
            .appendLocalized(FormatStyle.MEDIUM, FormatStyle.SHORT).appendLiteral(' ').appendZoneText(TextStyle.SHORT)
            .toFormatter(Locale.US);

    @Inject
    ViewerZone viewer;

    @Inject
    Formats formats;

    public String delivery(MessageDto message) {
        ZoneId zone = message.recipientZone() == null ? ZoneId.systemDefault() : message.recipientZone();
        return DELIVERY.withZone(zone).format(message.deliverAt());
    }

    public String moment(Instant moment) {
        if (moment == null) {
            return "";
        }
        return viewer.get().map(zone -> ZONED_MOMENT.withZone(zone).format(moment))
                .orElseGet(() -> formats.moment(moment));
    }
}
