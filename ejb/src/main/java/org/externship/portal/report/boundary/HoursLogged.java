package org.externship.portal.report.boundary;

import java.math.BigDecimal;

/** An externship's days on site logged by its students and the hours, all of them and those an attending confirmed. */
public record HoursLogged(long externshipId, String externshipTitle, long days, BigDecimal loggedHours,
                          BigDecimal confirmedHours) {

    /** Confirmed of logged hours, in percent. */
    public Integer confirmedRate() {
        return Rate.percent(confirmedHours, loggedHours);
    }
}
