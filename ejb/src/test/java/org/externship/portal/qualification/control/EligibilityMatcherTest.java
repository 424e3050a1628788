package org.externship.portal.qualification.control;

import org.externship.portal.qualification.boundary.Eligibility;
import org.externship.portal.qualification.boundary.Shortfall;
import org.externship.portal.qualification.entity.DocumentType;
import org.externship.portal.qualification.entity.EcfmgStatus;
import org.externship.portal.qualification.entity.ExamResult;
import org.externship.portal.qualification.entity.Qualifications;
import org.externship.portal.qualification.entity.Requirements;
import org.externship.portal.qualification.entity.VisaStatus;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EligibilityMatcherTest {

    private static final LocalDate START = LocalDate.of(2027, 3, 1);
    private final EligibilityMatcher matcher = new EligibilityMatcher();

    private static Qualifications graduate(int year, ExamResult step2ck, Integer score, EcfmgStatus ecfmg,
                                           VisaStatus visa, Map<DocumentType, LocalDate> documents) {
        return new Qualifications(year, false, ExamResult.PASSED, step2ck, score, ExamResult.NOT_TAKEN, ecfmg, visa,
                documents);
    }

    private static Requirements strict() {
        return new Requirements(5, false, true, true, 230, false, true, Set.of(VisaStatus.B1, VisaStatus.US_CITIZEN),
                Set.of(DocumentType.BLS, DocumentType.IMMUNIZATIONS));
    }

    private static List<String> keys(Eligibility eligibility) {
        return eligibility.shortfalls().stream().map(Shortfall::messageKey).toList();
    }

    @Test
    void aStudentWhoMeetsEveryRequirementHasNoShortfall() {
        Qualifications student = graduate(2024, ExamResult.PASSED, 241, EcfmgStatus.CERTIFIED, VisaStatus.B1,
                Map.of(DocumentType.BLS, START.plusYears(1), DocumentType.IMMUNIZATIONS, START));

        Eligibility eligibility = matcher.check(student, strict(), START);

        assertTrue(eligibility.meetsAll(), eligibility.toString());
    }

    @Test
    void namesExactlyWhatIsMissing() {
        Qualifications student = graduate(2024, ExamResult.NOT_TAKEN, null, EcfmgStatus.IN_PROGRESS, VisaStatus.B1,
                Map.of(DocumentType.BLS, START.plusYears(1), DocumentType.IMMUNIZATIONS, START));

        Eligibility eligibility = matcher.check(student, strict(), START);

        assertFalse(eligibility.meetsAll());
        assertEquals(List.of("eligibility.step2ck", "eligibility.step2ckScore", "eligibility.ecfmg"),
                keys(eligibility));
        assertEquals(List.of(230), eligibility.shortfalls().get(1).arguments());
    }

    @Test
    void aPassingScoreBelowTheMinimumIsAShortfall() {
        Qualifications student = graduate(2024, ExamResult.PASSED, 221, EcfmgStatus.CERTIFIED, VisaStatus.B1,
                Map.of(DocumentType.BLS, START, DocumentType.IMMUNIZATIONS, START));

        assertEquals(List.of("eligibility.step2ckScore"), keys(matcher.check(student, strict(), START)));
    }

    @Test
    void documentsMustBeValidOnTheFirstDayOfTheRotation() {
        Qualifications student = graduate(2024, ExamResult.PASSED, 250, EcfmgStatus.CERTIFIED, VisaStatus.B1,
                Map.of(DocumentType.BLS, START.minusDays(1)));

        Eligibility eligibility = matcher.check(student, strict(), START);

        assertEquals(2, eligibility.shortfalls().size(), eligibility.toString());
        assertTrue(eligibility.shortfalls().contains(
                new Shortfall("eligibility.document.expired", List.of(DocumentType.BLS, START.minusDays(1)))));
        assertTrue(eligibility.shortfalls().contains(
                new Shortfall("eligibility.document.missing", List.of(DocumentType.IMMUNIZATIONS))));
    }

    @Test
    void visaAndGraduationWindowAreChecked() {
        Qualifications student = graduate(2019, ExamResult.PASSED, 250, EcfmgStatus.CERTIFIED, VisaStatus.F1,
                Map.of(DocumentType.BLS, START, DocumentType.IMMUNIZATIONS, START));

        assertEquals(List.of("eligibility.graduatedTooLongAgo", "eligibility.visa"),
                keys(matcher.check(student, strict(), START)));
    }

    @Test
    void aStudentWhoGaveNoVisaStatusMissesAProgramThatNamesVisas() {
        Qualifications student = graduate(2024, ExamResult.PASSED, 250, EcfmgStatus.CERTIFIED, null,
                Map.of(DocumentType.BLS, START, DocumentType.IMMUNIZATIONS, START));

        assertEquals(List.of("eligibility.visa"), keys(matcher.check(student, strict(), START.withYear(2027))));
    }

    @Test
    void finalYearStudentsQualifyOnlyWhereTheHostAcceptsThem() {
        Qualifications finalYear = new Qualifications(2027, true, ExamResult.PASSED, ExamResult.NOT_TAKEN, null,
                ExamResult.NOT_TAKEN, EcfmgStatus.NOT_STARTED, VisaStatus.B1, Map.of());
        Requirements observership = new Requirements(null, true, true, false, null, false, false, Set.of(),
                Set.of());
        Requirements graduatesOnly = new Requirements(null, false, true, false, null, false, false, Set.of(),
                Set.of());

        assertTrue(matcher.check(finalYear, observership, START).meetsAll());
        assertEquals(List.of("eligibility.graduatesOnly"), keys(matcher.check(finalYear, graduatesOnly, START)));
    }

    @Test
    void noRequirementsMeansEveryoneQualifies() {
        Qualifications newcomer = new Qualifications(2026, false, ExamResult.NOT_TAKEN, ExamResult.NOT_TAKEN, null,
                ExamResult.NOT_TAKEN, EcfmgStatus.NOT_STARTED, VisaStatus.OTHER, Map.of());
        Requirements none = new Requirements(null, true, false, false, null, false, false, Set.of(), Set.of());

        assertTrue(matcher.check(newcomer, none, START).meetsAll());
    }
}
