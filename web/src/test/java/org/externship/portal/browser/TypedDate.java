package org.externship.portal.browser;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** A date as a US user types it into the portal's date inputs (pattern="MM/dd/yyyy"): 01/31/2027. */
final class TypedDate {

    private static final DateTimeFormatter AS_TYPED = DateTimeFormatter.ofPattern("MM/dd/yyyy", Locale.US);

    private TypedDate() {
    }

    /** {@code date} as typed; empty for none. */
    static String of(LocalDate date) {
        return date == null ? "" : AS_TYPED.format(date);
    }
}
