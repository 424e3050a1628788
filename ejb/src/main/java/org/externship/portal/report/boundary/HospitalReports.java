package org.externship.portal.report.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.externship.portal.compliance.control.Checklists;
import org.externship.portal.report.control.ReportReader;
import org.externship.portal.shared.control.PortalClock;
import org.externship.portal.shared.control.ReportsInvalidInput;
import org.externship.portal.shared.security.Roles;
import org.externship.portal.shared.tenancy.TenantContext;
import org.externship.portal.shared.tenancy.TenantIsolated;

import java.time.LocalDate;

/**
 * The coordinator's reports on their own hospital ({@link TenantIsolated}: never another hospital's rows) for the
 * rotation periods starting in a range: the application funnel and the seats per period and externship, evaluation
 * and letter completion, onboarding compliance of the placements not started, hours on site; one section at a time
 * ({@link ReportSection}). A constant handful of queries, whatever the hospital's size.
 */
@Stateless
@TenantIsolated
@ReportsInvalidInput
@RolesAllowed(Roles.COORDINATOR)
public class HospitalReports {

    @Inject
    ReportReader reader;

    @Inject
    Checklists checklists;

    @Inject
    TenantContext tenant;

    @Inject
    PortalClock clock;

    /**
     * Section {@code section} of the reports for the periods starting in {@code range} (only its queries run); the
     * onboarding of their placements not started by the compliance feature's own rule ({@link Checklists#readiness}),
     * in the same transaction (no second boundary call).
     */
    public HospitalReport report(@NotNull @Valid ReportRange range, @NotNull ReportSection section) {
        String hospital = tenant.requireTenant();
        LocalDate today = clock.today();
        return reader.read(hospital, range, today, section,
                placements -> checklists.readiness(hospital, placements, today));
    }

    /** The default range: the twelve months up to today (the portal's clock). */
    public ReportRange lastYear() {
        return ReportRange.lastYear(clock.today());
    }
}
