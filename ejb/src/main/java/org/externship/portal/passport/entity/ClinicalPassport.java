package org.externship.portal.passport.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.externship.portal.passport.entity.PassportProfile;
import org.externship.portal.qualification.entity.EcfmgStatus;
import org.externship.portal.qualification.entity.ExamResult;
import org.externship.portal.qualification.entity.Specialty;
import org.externship.portal.qualification.entity.VisaStatus;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A student's clinical passport profile. It belongs to one student (their Keycloak subject), not to a hospital, so
 * it is not tenant-owned: who may read it is decided by the passport's boundary (the student) and by the callers of
 * {@code PassportReader} (hosts the student applied to).
 */
@Entity
@Table(name = "clinical_passport")
@NamedQuery(name = ClinicalPassport.OF_STUDENT,
        query = "select p from ClinicalPassport p where p.studentSubject = :subject")
public class ClinicalPassport {

    public static final String OF_STUDENT = "ClinicalPassport.ofStudent";

    @Id
    @SequenceGenerator(name = "portal_seq", sequenceName = "portal_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "portal_seq")
    private Long id;

    @Column(name = "student_subject", nullable = false, updatable = false, length = 64)
    private String studentSubject;

    @Column(name = "medical_school", nullable = false, length = 200)
    private String medicalSchool;

    @Column(name = "school_country", nullable = false, length = 80)
    private String schoolCountry;

    @Column(name = "graduation_year", nullable = false)
    private int graduationYear;

    @Column(name = "final_year_student", nullable = false)
    private boolean finalYearStudent;

    @Enumerated(EnumType.STRING)
    @Column(name = "step1", nullable = false, length = 16)
    private ExamResult step1;

    @Enumerated(EnumType.STRING)
    @Column(name = "step2ck", nullable = false, length = 16)
    private ExamResult step2ck;

    @Column(name = "step2ck_score")
    private Integer step2ckScore;

    @Enumerated(EnumType.STRING)
    @Column(name = "step3", nullable = false, length = 16)
    private ExamResult step3;

    @Enumerated(EnumType.STRING)
    @Column(name = "ecfmg_status", nullable = false, length = 16)
    private EcfmgStatus ecfmg;

    @Enumerated(EnumType.STRING)
    @Column(name = "visa_status", nullable = false, length = 24)
    private VisaStatus visa;

    /** Specialties of interest, comma-separated ("CARDIOLOGY,SURGERY"); empty: none given. */
    @Column(nullable = false, length = 400)
    private String specialties = "";

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(nullable = false)
    private long version;

    protected ClinicalPassport() {
        // for JPA
    }

    public ClinicalPassport(String studentSubject, PassportProfile profile, Instant now) {
        this.studentSubject = studentSubject;
        describe(profile, now);
    }

    public final void describe(PassportProfile profile, Instant now) {
        medicalSchool = profile.medicalSchool().strip();
        schoolCountry = profile.schoolCountry().strip();
        graduationYear = profile.graduationYear();
        finalYearStudent = profile.finalYearStudent();
        step1 = profile.step1();
        step2ck = profile.step2ck();
        step2ckScore = profile.step2ckScore();
        step3 = profile.step3();
        ecfmg = profile.ecfmg();
        visa = profile.visa();
        specialties = profile.specialties().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        updatedAt = now;
    }

    public PassportProfile profile() {
        Set<Specialty> interests = EnumSet.noneOf(Specialty.class);
        if (!specialties.isBlank()) {
            Arrays.stream(specialties.split(",")).map(Specialty::valueOf).forEach(interests::add);
        }
        return new PassportProfile(medicalSchool, schoolCountry, graduationYear, finalYearStudent, step1, step2ck,
                step2ckScore, step3, ecfmg, visa, interests);
    }

    public Long id() {
        return id;
    }

    public String studentSubject() {
        return studentSubject;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
