package org.externship.portal.passport.entity;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.externship.portal.qualification.entity.EcfmgStatus;
import org.externship.portal.qualification.entity.ExamResult;
import org.externship.portal.qualification.entity.Specialty;
import org.externship.portal.qualification.entity.VisaStatus;

import java.time.Year;
import java.util.Set;

/**
 * The profile part of a clinical passport, as the student enters it (and as it is read back).
 *
 * @param graduationYear   the year of graduation; for a final-year student the expected year
 * @param finalYearStudent still in the final year of medical school
 * @param step2ckScore     the Step 2 CK score (1-300), given once Step 2 CK is taken
 * @param specialties      the specialties the student is interested in, at most five
 */
public record PassportProfile(
        @NotBlank @Size(max = 200) String medicalSchool,
        @NotBlank @Size(max = 80) String schoolCountry,
        @NotNull @Min(value = 1960, message = "{portal.passport.graduationYear}")
        @Max(value = 2100, message = "{portal.passport.graduationYear}") Integer graduationYear,
        boolean finalYearStudent,
        @NotNull ExamResult step1,
        @NotNull ExamResult step2ck,
        @Min(1) @Max(300) Integer step2ckScore,
        @NotNull ExamResult step3,
        @NotNull EcfmgStatus ecfmg,
        @NotNull VisaStatus visa,
        @NotNull @Size(max = 5, message = "{portal.passport.specialties}") Set<@NotNull Specialty> specialties) {

    public PassportProfile {
        specialties = specialties == null ? null : Set.copyOf(specialties);
    }

    /** A final-year student graduates this year or later; a graduate graduated this year or earlier. */
    @AssertTrue(message = "{portal.passport.graduationTense}")
    public boolean isGraduationYearFitsStatus() {
        if (graduationYear == null) {
            return true;
        }
        int now = Year.now().getValue();
        return finalYearStudent ? graduationYear >= now && graduationYear <= now + 2 : graduationYear <= now;
    }

    /** A taken Step 2 CK has a score; one not taken has none. */
    @AssertTrue(message = "{portal.passport.step2ckScore}")
    public boolean isStep2ckScoreFitsResult() {
        if (step2ck == null) {
            return true;
        }
        return step2ck == ExamResult.NOT_TAKEN ? step2ckScore == null : step2ckScore != null;
    }
}
