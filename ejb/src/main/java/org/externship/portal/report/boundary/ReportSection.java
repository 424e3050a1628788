package org.externship.portal.report.boundary;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The parts of the hospital's reports, each answering one question and read on its own (the page shows one at a
 * time, each at its own address): only its own queries run.
 */
public enum ReportSection {

    /** Applications and seats: the funnel and the fill rate, per externship and per period. */
    FUNNEL,
    /** Onboarding of the placements not started yet. */
    COMPLIANCE,
    /** Evaluations of the completed placements. */
    EVALUATIONS,
    /** Letters of recommendation asked of the placements' attendings. */
    LETTERS,
    /** Days and hours on site. */
    HOURS;

    /** The section's name in an address: {@code compliance}. */
    public String slug() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The section named {@code slug} in an address, if there is one. */
    public static Optional<ReportSection> of(String slug) {
        return Arrays.stream(values()).filter(s -> s.slug().equals(slug)).findFirst();
    }
}
