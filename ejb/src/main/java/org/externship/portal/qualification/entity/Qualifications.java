package org.externship.portal.qualification.entity;

import java.time.LocalDate;
import java.util.Map;

/**
 * What a student's clinical passport says, as far as requirements go.
 *
 * @param graduationYear     year of graduation from medical school (expected year for a final-year student)
 * @param finalYearStudent   still in the final year of medical school
 * @param step1              Step 1 result (pass/fail)
 * @param step2ck            Step 2 CK result
 * @param step2ckScore       Step 2 CK score, if taken
 * @param step3              Step 3 result
 * @param ecfmg              ECFMG certification status
 * @param visa               visa status for the externship
 * @param documentsValidUntil each uploaded document and the last day it is valid
 */
public record Qualifications(int graduationYear, boolean finalYearStudent, ExamResult step1, ExamResult step2ck,
                             Integer step2ckScore, ExamResult step3, EcfmgStatus ecfmg, VisaStatus visa,
                             Map<DocumentType, LocalDate> documentsValidUntil) {

    public Qualifications {
        documentsValidUntil = Map.copyOf(documentsValidUntil);
    }
}
