package org.externship.portal.savedsearch.control;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * When saved searches are due for their alert: once a day, from the hour of the day alerts go out. The cut-off is
 * the last such moment at or before now; a search whose last alert (or creation) is older is due, so a student gets
 * at most one alert a day, and a run that did not reach everyone is taken up by the next run of the same day.
 */
public final class AlertSchedule {

    private AlertSchedule() {
    }

    /** The last moment at {@code hour} o'clock in {@code zone} at or before {@code now}. */
    public static Instant cutoff(Instant now, ZoneId zone, int hour) {
        ZonedDateTime local = now.atZone(zone);
        ZonedDateTime today = local.toLocalDate().atTime(LocalTime.of(hour, 0)).atZone(zone);
        return (today.isAfter(local) ? today.minusDays(1) : today).toInstant();
    }
}
