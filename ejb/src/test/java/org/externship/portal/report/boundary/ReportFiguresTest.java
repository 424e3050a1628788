package org.externship.portal.report.boundary;

import org.externship.portal.compliance.boundary.PlacementReadiness;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The reports' pure figures: rates, the externships' sums of their periods, the range's rules. */
class ReportFiguresTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 1);

    @Test
    void ratesAreWholePercentsRoundedHalfUpAndNoneWithoutADenominator() {
        assertEquals(33, Rate.percent(1, 3));
        assertEquals(67, Rate.percent(2, 3));
        assertEquals(50, Rate.percent(1, 2));
        assertEquals(1, Rate.percent(1, 200), "0.5 % rounds up");
        assertEquals(0, Rate.percent(0, 4));
        assertEquals(100, Rate.percent(4, 4));
        assertEquals(125, Rate.percent(5, 4), "more placements than seats shows as such");
        assertNull(Rate.percent(3, 0));
        assertEquals(79, Rate.percent(new BigDecimal("24"), new BigDecimal("30.5")));
        assertNull(Rate.percent(BigDecimal.ONE, BigDecimal.ZERO));
        assertNull(Rate.percent(BigDecimal.ONE, null));
    }

    @Test
    void anExternshipAddsUpItsPeriodsAndTheHospitalItsExternships() {
        List<PeriodFunnel> periods = List.of(
                new PeriodFunnel(1, 10, "Wards", DAY, DAY.plusWeeks(4), 4, 8, 4, 3, 3, 2),
                new PeriodFunnel(2, 20, "Clinic", DAY, DAY.plusWeeks(4), 2, 1, 0, 0, 0, 0),
                new PeriodFunnel(3, 10, "Wards", DAY.plusWeeks(5), DAY.plusWeeks(9), 3, 2, 2, 1, 1, 0));
        List<ExternshipFunnel> externships = ExternshipFunnel.of(periods);
        assertEquals(List.of(new ExternshipFunnel(10, "Wards", 2, 7, 10, 6, 4, 4, 2),
                new ExternshipFunnel(20, "Clinic", 1, 2, 1, 0, 0, 0, 0)), externships, "in order of appearance");
        ExternshipFunnel wards = externships.get(0);
        assertEquals(60, wards.offerRate());
        assertEquals(67, wards.acceptRate());
        assertEquals(50, wards.completionRate());
        assertEquals(57, wards.fillRate());
        ExternshipFunnel clinic = externships.get(1);
        assertEquals(0, clinic.offerRate());
        assertNull(clinic.acceptRate(), "nothing offered: no rate");
        ExternshipFunnel total = ExternshipFunnel.total(externships);
        assertEquals(new ExternshipFunnel(0, null, 3, 9, 11, 6, 4, 4, 2), total);
        assertEquals(44, total.fillRate());
        assertEquals(new ExternshipFunnel(0, null, 0, 0, 0, 0, 0, 0, 0), ExternshipFunnel.total(List.of()));
        assertEquals(75, periods.get(0).fillRate());
    }

    @Test
    void completionFiguresCountWhatIsMissing() {
        EvaluationCompletion evaluations = new EvaluationCompletion(1, "Wards", 3, 1, 5, 3);
        assertEquals(2, evaluations.missing());
        assertEquals(60, evaluations.completionRate());
        LetterCompletion letters = new LetterCompletion(1, "Wards", 5, 1, 1, 2, 1, 1);
        assertEquals(50, letters.completionRate(), "complete of the four not declined");
        assertNull(new LetterCompletion(1, "Wards", 1, 0, 0, 0, 1, 0).completionRate(), "all declined");
    }

    @Test
    void complianceAddsUpEachExternshipsPlacementsSortedByTitle() {
        List<ComplianceStatus> status = ComplianceStatus.of(List.of(
                new PlacementReadiness(1, 20, true, false, 0),
                new PlacementReadiness(2, 10, false, false, 1),
                new PlacementReadiness(3, 20, false, false, 2),
                new PlacementReadiness(4, 20, true, true, 0)), Map.of(10L, "Clinic", 20L, "Wards"));
        assertEquals(List.of(new ComplianceStatus(10, "Clinic", 1, 0, 1, 0),
                new ComplianceStatus(20, "Wards", 3, 2, 2, 1)), status, "by title, whatever the placements' order");
        assertEquals(1, status.get(1).notReady());
        assertEquals(67, status.get(1).readyRate());
        assertEquals(0, status.get(0).readyRate());
        assertEquals(List.of(), ComplianceStatus.of(List.of(), Map.of()));
    }

    @Test
    void aRangeRunsForwardForAtMostFiveYearsAndDefaultsToTheLastTwelveMonths() {
        assertTrue(new ReportRange(DAY, DAY).isOrdered());
        assertTrue(new ReportRange(DAY, DAY.plusYears(5).minusDays(1)).isOrdered());
        assertFalse(new ReportRange(DAY, DAY.plusYears(5)).isOrdered());
        assertFalse(new ReportRange(DAY, DAY.minusDays(1)).isOrdered());
        assertEquals(new ReportRange(LocalDate.of(2025, 3, 2), DAY), ReportRange.lastYear(DAY));
    }
}
