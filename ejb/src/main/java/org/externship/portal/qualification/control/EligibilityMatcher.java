package org.externship.portal.qualification.control;

import jakarta.enterprise.context.ApplicationScoped;
import org.externship.portal.qualification.boundary.Eligibility;
import org.externship.portal.qualification.boundary.Shortfall;
import org.externship.portal.qualification.entity.DocumentType;
import org.externship.portal.qualification.entity.EcfmgStatus;
import org.externship.portal.qualification.entity.ExamResult;
import org.externship.portal.qualification.entity.Qualifications;
import org.externship.portal.qualification.entity.Requirements;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Measures a student's qualifications against an externship's requirements for a rotation starting on a given
 * day, and names every requirement that is not met (never just "not eligible").
 */
@ApplicationScoped
public class EligibilityMatcher {

    public Eligibility check(Qualifications student, Requirements required, LocalDate rotationStart) {
        List<Shortfall> missing = new ArrayList<>();
        graduation(student, required, rotationStart, missing);
        exam(student.step1(), required.step1(), "step1", missing);
        exam(student.step2ck(), required.step2ck(), "step2ck", missing);
        if (required.minStep2ckScore() != null && (student.step2ckScore() == null
                || student.step2ckScore() < required.minStep2ckScore())) {
            missing.add(Shortfall.of("eligibility.step2ckScore", required.minStep2ckScore()));
        }
        exam(student.step3(), required.step3(), "step3", missing);
        if (required.ecfmgCertified() && student.ecfmg() != EcfmgStatus.CERTIFIED) {
            missing.add(Shortfall.of("eligibility.ecfmg"));
        }
        if (!required.acceptedVisas().isEmpty()
                && (student.visa() == null || !required.acceptedVisas().contains(student.visa()))) {
            missing.add(Shortfall.of("eligibility.visa"));
        }
        for (DocumentType document : DocumentType.values()) {
            if (!required.documents().contains(document)) {
                continue;
            }
            LocalDate validUntil = student.documentsValidUntil().get(document);
            if (validUntil == null) {
                missing.add(Shortfall.of("eligibility.document.missing", document));
            } else if (validUntil.isBefore(rotationStart)) {
                missing.add(Shortfall.of("eligibility.document.expired", document, validUntil));
            }
        }
        return new Eligibility(missing);
    }

    private static void graduation(Qualifications student, Requirements required, LocalDate rotationStart,
                                   List<Shortfall> missing) {
        if (student.finalYearStudent()) {
            if (!required.finalYearAccepted()) {
                missing.add(Shortfall.of("eligibility.graduatesOnly"));
            }
            return;
        }
        Integer within = required.graduatedWithinYears();
        if (within != null && rotationStart.getYear() - student.graduationYear() > within) {
            missing.add(Shortfall.of("eligibility.graduatedTooLongAgo", within));
        }
    }

    private static void exam(ExamResult result, boolean required, String step, List<Shortfall> missing) {
        if (required && result != ExamResult.PASSED) {
            missing.add(Shortfall.of("eligibility." + step));
        }
    }
}
