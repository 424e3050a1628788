package org.externship.portal.compliance.view;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.externship.portal.compliance.boundary.ComplianceChecks;
import org.externship.portal.compliance.boundary.PlacementCompliance;

import java.io.Serializable;
import java.util.List;

/**
 * coordinator/compliance.xhtml: each upcoming placement (not started, first day within 60 days or past) red with
 * what is missing, or green; a link to check its items.
 */
@Named
@ViewScoped
public class ComplianceDashboardView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ComplianceChecks checks;

    private transient List<PlacementCompliance> rows;

    @PostConstruct
    void load() {
        rows = checks.dashboard();
    }

    public List<PlacementCompliance> getRows() {
        if (rows == null) {
            rows = checks.dashboard();
        }
        return rows;
    }

    public long getRedCount() {
        return getRows().stream().filter(r -> !r.green()).count();
    }
}
