package org.externship.portal.learninglog.boundary;

import java.math.BigDecimal;

/** A student's log at a glance: how many entries, hours, and where their sign-off stands. */
public record LogSummary(long entries, BigDecimal hours, long verified, long awaiting, long returned) {
}
