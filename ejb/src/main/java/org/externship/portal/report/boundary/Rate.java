package org.externship.portal.report.boundary;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Rates of the reports: a whole percentage, rounded half up, or none when there is nothing to divide by. */
public final class Rate {

    private Rate() {
    }

    /** {@code part} of {@code whole} in whole percent (33 for 1 of 3, 67 for 2 of 3); null when {@code whole} is 0. */
    public static Integer percent(long part, long whole) {
        if (whole <= 0) {
            return null;
        }
        return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole), 0, RoundingMode.HALF_UP).intValueExact();
    }

    /** The same for hours. */
    public static Integer percent(BigDecimal part, BigDecimal whole) {
        if (whole == null || whole.signum() <= 0) {
            return null;
        }
        return (part == null ? BigDecimal.ZERO : part).multiply(BigDecimal.valueOf(100))
                .divide(whole, 0, RoundingMode.HALF_UP).intValueExact();
    }
}
