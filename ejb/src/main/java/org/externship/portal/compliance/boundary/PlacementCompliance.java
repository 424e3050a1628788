package org.externship.portal.compliance.boundary;

import java.time.LocalDate;
import java.util.List;

/**
 * A row of the coordinator's dashboard: an upcoming placement, green when every current requirement is verified and
 * not lapsed, red with what is {@code missing} (not verified or lapsed) otherwise; {@code expiring}: verified evidence
 * that lapses within 30 days; {@code awaitingCheck}: items handed in for a coordinator to check.
 */
public record PlacementCompliance(long placementId, String studentName, long externshipId, String externshipTitle,
        LocalDate startDate, List<String> missing, List<String> expiring, int awaitingCheck) {

    public PlacementCompliance {
        missing = List.copyOf(missing);
        expiring = List.copyOf(expiring);
    }

    /** What is missing, for a list: "BLS, Drug screen". */
    public String missingNames() {
        return String.join(", ", missing);
    }

    public String expiringNames() {
        return String.join(", ", expiring);
    }

    public boolean green() {
        return missing.isEmpty();
    }
}
