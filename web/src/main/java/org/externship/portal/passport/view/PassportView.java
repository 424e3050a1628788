package org.externship.portal.passport.view;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.externship.portal.passport.boundary.DocumentDto;
import org.externship.portal.passport.boundary.PassportDto;
import org.externship.portal.passport.boundary.Passports;
import org.externship.portal.passport.entity.DocumentKind;
import org.externship.portal.passport.entity.PassportProfile;
import org.externship.portal.qualification.entity.EcfmgStatus;
import org.externship.portal.qualification.entity.ExamResult;
import org.externship.portal.qualification.entity.Specialty;
import org.externship.portal.qualification.entity.VisaStatus;
import org.externship.portal.shared.boundary.InvalidInputException;
import org.externship.portal.shared.boundary.PortalException;
import org.externship.portal.shared.view.Feedback;
import org.primefaces.model.file.UploadedFile;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** student/passport.xhtml: the student's clinical passport: profile, documents with their expiry, uploads. */
@Named
@ViewScoped
public class PassportView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Passports passports;

    @Inject
    Feedback feedback;

    private List<DocumentRow> documents = List.of();

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

    private DocumentKind uploadKind;
    private LocalDate expiresOn;
    private transient UploadedFile file;

    @PostConstruct
    void load() {
        PassportDto passport = passports.mine();
        if (passport.hasProfile()) {
            show(passport.profile());
        }
        showDocuments(passport);
    }

    public void save() {
        try {
            PassportDto saved = passports.save(new PassportProfile(medicalSchool, schoolCountry, graduationYear,
                    finalYearStudent, step1, step2ck, step2ckScore, step3, ecfmg, visa, Set.of(specialties)));
            show(saved.profile());
            feedback.info("passport.saved");
        } catch (InvalidInputException e) {
            feedback.error(e, "profile");
        } catch (PortalException e) {
            feedback.error(e);
        }
    }

    public void upload() {
        if (file == null || file.getSize() == 0) {
            feedback.error(new PortalException("passport.upload.noFile"));
            return;
        }
        if (uploadKind == null) {
            feedback.error(new PortalException("passport.upload.noKind"));
            return;
        }
        try {
            DocumentDto stored = passports.upload(uploadKind, expiresOn, file.getFileName(), file.getContent());
            feedback.info("passport.upload.done", feedback.text("document." + stored.kind()),
                    stored.fileName());
            uploadKind = null;
            expiresOn = null;
        } catch (PortalException e) {
            feedback.error(e);
        } finally {
            file = null;
        }
        showDocuments(passports.mine());
    }

    public void remove(long documentId) {
        try {
            passports.remove(documentId);
            feedback.info("passport.documents.removed");
        } catch (PortalException e) {
            feedback.error(e);
        }
        showDocuments(passports.mine());
    }

    private void show(PassportProfile profile) {
        medicalSchool = profile.medicalSchool();
        schoolCountry = profile.schoolCountry();
        graduationYear = profile.graduationYear();
        finalYearStudent = profile.finalYearStudent();
        step1 = profile.step1();
        step2ck = profile.step2ck();
        step2ckScore = profile.step2ckScore();
        step3 = profile.step3();
        ecfmg = profile.ecfmg();
        visa = profile.visa();
        specialties = profile.specialties().stream().sorted().toArray(Specialty[]::new);
    }

    private void showDocuments(PassportDto passport) {
        LocalDate today = LocalDate.now();
        documents = Arrays.stream(DocumentKind.values())
                .map(kind -> passport.document(kind)
                        .map(d -> new DocumentRow(kind, d, d.expiryStatus(today)))
                        .orElseGet(() -> new DocumentRow(kind, null, null)))
                .toList();
    }

    public List<DocumentRow> getDocuments() {
        return documents;
    }

    public boolean isAnyWarning() {
        return documents.stream().anyMatch(DocumentRow::warning);
    }

    public DocumentKind[] getKinds() {
        return DocumentKind.values();
    }

    public ExamResult[] getExamResults() {
        return ExamResult.values();
    }

    public EcfmgStatus[] getEcfmgStatuses() {
        return EcfmgStatus.values();
    }

    public VisaStatus[] getVisaStatuses() {
        return VisaStatus.values();
    }

    public Specialty[] getAllSpecialties() {
        return Specialty.values();
    }

    public int getWarningDays() {
        return DocumentDto.WARNING_DAYS;
    }

    public LocalDate getToday() {
        return LocalDate.now();
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

    public DocumentKind getUploadKind() {
        return uploadKind;
    }

    public void setUploadKind(DocumentKind uploadKind) {
        this.uploadKind = uploadKind;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public void setExpiresOn(LocalDate expiresOn) {
        this.expiresOn = expiresOn;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }
}
