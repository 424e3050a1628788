package org.externship.portal.passport.view;

import org.externship.portal.passport.entity.PassportProfile;
import org.externship.portal.qualification.entity.EcfmgStatus;
import org.externship.portal.qualification.entity.ExamResult;
import org.externship.portal.qualification.entity.Specialty;
import org.externship.portal.qualification.entity.VisaStatus;
import org.externship.portal.shared.boundary.Text;

import java.io.Serializable;
import java.util.Set;

/**
 * The passport's profile as a form: what student/passport.xhtml binds to, filled from the saved
 * {@link PassportProfile} and turned back into one to save. The profile carries the rules (Bean Validation, checked
 * by the {@code Passports} boundary); these properties share its components' names, so a refused value is shown on
 * its own input.
 */
public class PassportForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String medicalSchool;
    private String schoolCountry;
    private Integer graduationYear;
    private boolean finalYearStudent;
    private ExamResult step1;
    private ExamResult step2ck;
    private Integer step2ckScore;
    private ExamResult step3;
    private EcfmgStatus ecfmg;
    private VisaStatus visa;
    private Specialty[] specialties = new Specialty[0];

    public static PassportForm of(PassportProfile profile) {
        PassportForm form = new PassportForm();
        form.medicalSchool = profile.medicalSchool();
        form.schoolCountry = profile.schoolCountry();
        form.graduationYear = profile.graduationYear();
        form.finalYearStudent = profile.finalYearStudent();
        form.step1 = profile.step1();
        form.step2ck = profile.step2ck();
        form.step2ckScore = profile.step2ckScore();
        form.step3 = profile.step3();
        form.ecfmg = profile.ecfmg();
        form.visa = profile.visa();
        form.specialties = profile.specialties().stream().sorted().toArray(Specialty[]::new);
        return form;
    }

    public PassportProfile toProfile() {
        return new PassportProfile(Text.trimmed(medicalSchool), Text.trimmed(schoolCountry), graduationYear,
                finalYearStudent, step1, step2ck, step2ckScore, step3, ecfmg, visa,
                Set.of(specialties));
    }

    public String getMedicalSchool() {
        return medicalSchool;
    }

    public void setMedicalSchool(String medicalSchool) {
        this.medicalSchool = medicalSchool;
    }

    public String getSchoolCountry() {
        return schoolCountry;
    }

    public void setSchoolCountry(String schoolCountry) {
        this.schoolCountry = schoolCountry;
    }

    public Integer getGraduationYear() {
        return graduationYear;
    }

    public void setGraduationYear(Integer graduationYear) {
        this.graduationYear = graduationYear;
    }

    public boolean isFinalYearStudent() {
        return finalYearStudent;
    }

    public void setFinalYearStudent(boolean finalYearStudent) {
        this.finalYearStudent = finalYearStudent;
    }

    public ExamResult getStep1() {
        return step1;
    }

    public void setStep1(ExamResult step1) {
        this.step1 = step1;
    }

    public ExamResult getStep2ck() {
        return step2ck;
    }

    public void setStep2ck(ExamResult step2ck) {
        this.step2ck = step2ck;
    }

    public Integer getStep2ckScore() {
        return step2ckScore;
    }

    public void setStep2ckScore(Integer step2ckScore) {
        this.step2ckScore = step2ckScore;
    }

    public ExamResult getStep3() {
        return step3;
    }

    public void setStep3(ExamResult step3) {
        this.step3 = step3;
    }

    public EcfmgStatus getEcfmg() {
        return ecfmg;
    }

    public void setEcfmg(EcfmgStatus ecfmg) {
        this.ecfmg = ecfmg;
    }

    public VisaStatus getVisa() {
        return visa;
    }

    public void setVisa(VisaStatus visa) {
        this.visa = visa;
    }

    public Specialty[] getSpecialties() {
        return specialties.clone();
    }

    public void setSpecialties(Specialty[] specialties) {
        this.specialties = specialties == null ? new Specialty[0] : specialties.clone();
    }
}
