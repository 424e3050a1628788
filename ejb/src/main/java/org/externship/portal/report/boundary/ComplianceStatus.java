package org.externship.portal.report.boundary;

import org.externship.portal.compliance.boundary.PlacementReadiness;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An externship's onboarding compliance for the placements of the range that have not started: {@code ready} have
 * every requirement verified and not lapsed (they may start), the others miss at least one; {@code toCheck}: items
 * handed in that wait for a coordinator's check; {@code lapsing}: placements whose verified evidence lapses within
 * 30 days. A placement that started was cleared at the door and is not counted.
 */
public record ComplianceStatus(long externshipId, String externshipTitle, long placements, long ready, long toCheck,
                               long lapsing) {

    /** Placements that may not start yet. */
    public long notReady() {
        return placements - ready;
    }

    /** Ready of the placements, in percent. */
    public Integer readyRate() {
        return Rate.percent(ready, placements);
    }

    /** The placements' readiness added up per externship ({@code titles}: each externship's title), by title. */
    public static List<ComplianceStatus> of(List<PlacementReadiness> placements, Map<Long, String> titles) {
        Map<Long, ComplianceStatus> perExternship = new LinkedHashMap<>();
        for (PlacementReadiness p : placements) {
            perExternship.merge(p.externshipId(), new ComplianceStatus(p.externshipId(), titles.get(p.externshipId()),
                    1, p.ready() ? 1 : 0, p.awaitingCheck(), p.lapsing() ? 1 : 0), ComplianceStatus::plus);
        }
        return perExternship.values().stream().sorted(Comparator.comparing(ComplianceStatus::externshipTitle)
                .thenComparing(ComplianceStatus::externshipId)).toList();
    }

    private ComplianceStatus plus(ComplianceStatus other) {
        return new ComplianceStatus(externshipId, externshipTitle, placements + other.placements,
                ready + other.ready, toCheck + other.toCheck, lapsing + other.lapsing);
    }
}
