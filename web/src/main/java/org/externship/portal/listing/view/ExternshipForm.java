package org.externship.portal.listing.view;

import org.externship.portal.listing.entity.ClinicalSetting;
import org.externship.portal.listing.entity.ExternshipType;
import org.externship.portal.listing.entity.ListingDraft;
import org.externship.portal.listing.entity.PeriodDraft;
import org.externship.portal.qualification.entity.DocumentType;
import org.externship.portal.qualification.entity.Requirements;
import org.externship.portal.qualification.entity.Specialty;
import org.externship.portal.qualification.entity.VisaStatus;
import org.externship.portal.shared.boundary.Text;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;

/**
 * An externship as the coordinator's editor holds it while it is written: what coordinator/externship.xhtml binds to,
 * filled from the saved {@link ListingDraft} and turned back into one to save. The draft carries the rules (Bean
 * Validation, checked by the {@code Externships} boundary); these properties are named like its components, so a
 * refused value is shown on its own input. Periods are rows that keep their ids across saves.
 */
public class ExternshipForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String title;
    private ExternshipType type;
    private Specialty specialty;
    private ClinicalSetting setting;
    private String description;
    private String scope;
    private Integer durationWeeks;
    private String city;
    private String state;
    private Integer graduatedWithinYears;
    private boolean finalYearAccepted;
    private boolean step1;
    private boolean step2ck;
    private Integer minStep2ckScore;
    private boolean step3;
    private boolean ecfmgCertified;
    private VisaStatus[] acceptedVisas = {};
    private DocumentType[] documents = {};
    private boolean malpracticeProvided;
    private BigDecimal fee;
    private String feeCovers;
    private String refundPolicy;
    private String letterPolicy;
    private LocalDate applicationDeadline;
    private final List<PeriodRow> periods = new ArrayList<>();

    /** A new externship: four weeks, one empty period to fill in. */
    public static ExternshipForm blank() {
        ExternshipForm form = new ExternshipForm();
        form.durationWeeks = 4;
        form.addPeriod();
        return form;
    }

    public static ExternshipForm of(ListingDraft draft) {
        ExternshipForm form = new ExternshipForm();
        form.title = draft.title();
        form.type = draft.type();
        form.specialty = draft.specialty();
        form.setting = draft.setting();
        form.description = draft.description();
        form.scope = draft.scope();
        form.durationWeeks = draft.durationWeeks();
        form.city = draft.city();
        form.state = draft.state();
        Requirements r = draft.requirements();
        form.graduatedWithinYears = r.graduatedWithinYears();
        form.finalYearAccepted = r.finalYearAccepted();
        form.step1 = r.step1();
        form.step2ck = r.step2ck();
        form.minStep2ckScore = r.minStep2ckScore();
        form.step3 = r.step3();
        form.ecfmgCertified = r.ecfmgCertified();
        form.acceptedVisas = r.acceptedVisas().stream().sorted().toArray(VisaStatus[]::new);
        // malpractice proof is asked through the malpractice question, not in the list of documents
        form.documents = r.documents().stream().filter(d -> d != DocumentType.MALPRACTICE).sorted()
                .toArray(DocumentType[]::new);
        form.malpracticeProvided = draft.malpracticeProvided();
        form.fee = draft.feeCents() == null ? null : BigDecimal.valueOf(draft.feeCents()).movePointLeft(2);
        form.feeCovers = draft.feeCovers();
        form.refundPolicy = draft.refundPolicy();
        form.letterPolicy = draft.letterPolicy();
        form.applicationDeadline = draft.applicationDeadline();
        draft.periods().forEach(period -> form.periods.add(PeriodRow.of(period)));
        return form;
    }

    public ListingDraft toDraft() {
        Requirements requirements = new Requirements(graduatedWithinYears, finalYearAccepted, step1, step2ck,
                step2ck ? minStep2ckScore : null, step3, ecfmgCertified, asSet(acceptedVisas, VisaStatus.class),
                asSet(documents, DocumentType.class));
        List<PeriodDraft> drafts = periods.stream().map(PeriodRow::draft).toList();
        return new ListingDraft(Text.trimmed(title), type, specialty, setting, Text.trimmed(city),
                Text.trimmedUpper(state), Text.trimmed(description), Text.trimmed(scope),
                durationWeeks == null ? 0 : durationWeeks, applicationDeadline, requirements, malpracticeProvided,
                cents(fee), Text.trimmed(feeCovers), Text.trimmed(refundPolicy), Text.trimmed(letterPolicy), drafts);
    }

    public final void addPeriod() {
        periods.add(new PeriodRow(null, null, null, null));
    }

    public void removePeriod(PeriodRow row) {
        periods.remove(row);
    }

    private static Long cents(BigDecimal dollars) {
        return dollars == null ? null : dollars.movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValue();
    }

    private static <E extends Enum<E>> EnumSet<E> asSet(E[] values, Class<E> type) {
        EnumSet<E> set = EnumSet.noneOf(type);
        if (values != null) {
            set.addAll(Arrays.asList(values));
        }
        return set;
    }

    public List<PeriodRow> getPeriods() {
        return periods;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public ExternshipType getType() {
        return type;
    }

    public void setType(ExternshipType type) {
        this.type = type;
    }

    public Specialty getSpecialty() {
        return specialty;
    }

    public void setSpecialty(Specialty specialty) {
        this.specialty = specialty;
    }

    public ClinicalSetting getSetting() {
        return setting;
    }

    public void setSetting(ClinicalSetting setting) {
        this.setting = setting;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getScope() {
        return scope;
    }

    public void setScope(String scope) {
        this.scope = scope;
    }

    public Integer getDurationWeeks() {
        return durationWeeks;
    }

    public void setDurationWeeks(Integer durationWeeks) {
        this.durationWeeks = durationWeeks;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public Integer getGraduatedWithinYears() {
        return graduatedWithinYears;
    }

    public void setGraduatedWithinYears(Integer graduatedWithinYears) {
        this.graduatedWithinYears = graduatedWithinYears;
    }

    public boolean isFinalYearAccepted() {
        return finalYearAccepted;
    }

    public void setFinalYearAccepted(boolean finalYearAccepted) {
        this.finalYearAccepted = finalYearAccepted;
    }

    public boolean isStep1() {
        return step1;
    }

    public void setStep1(boolean step1) {
        this.step1 = step1;
    }

    public boolean isStep2ck() {
        return step2ck;
    }

    public void setStep2ck(boolean step2ck) {
        this.step2ck = step2ck;
    }

    public Integer getMinStep2ckScore() {
        return minStep2ckScore;
    }

    public void setMinStep2ckScore(Integer minStep2ckScore) {
        this.minStep2ckScore = minStep2ckScore;
    }

    public boolean isStep3() {
        return step3;
    }

    public void setStep3(boolean step3) {
        this.step3 = step3;
    }

    public boolean isEcfmgCertified() {
        return ecfmgCertified;
    }

    public void setEcfmgCertified(boolean ecfmgCertified) {
        this.ecfmgCertified = ecfmgCertified;
    }

    public VisaStatus[] getAcceptedVisas() {
        return acceptedVisas;
    }

    public void setAcceptedVisas(VisaStatus[] acceptedVisas) {
        this.acceptedVisas = acceptedVisas;
    }

    public DocumentType[] getDocuments() {
        return documents;
    }

    public void setDocuments(DocumentType[] documents) {
        this.documents = documents;
    }

    public boolean isMalpracticeProvided() {
        return malpracticeProvided;
    }

    public void setMalpracticeProvided(boolean malpracticeProvided) {
        this.malpracticeProvided = malpracticeProvided;
    }

    public BigDecimal getFee() {
        return fee;
    }

    public void setFee(BigDecimal fee) {
        this.fee = fee;
    }

    public String getFeeCovers() {
        return feeCovers;
    }

    public void setFeeCovers(String feeCovers) {
        this.feeCovers = feeCovers;
    }

    public String getRefundPolicy() {
        return refundPolicy;
    }

    public void setRefundPolicy(String refundPolicy) {
        this.refundPolicy = refundPolicy;
    }

    public String getLetterPolicy() {
        return letterPolicy;
    }

    public void setLetterPolicy(String letterPolicy) {
        this.letterPolicy = letterPolicy;
    }

    public LocalDate getApplicationDeadline() {
        return applicationDeadline;
    }

    public void setApplicationDeadline(LocalDate applicationDeadline) {
        this.applicationDeadline = applicationDeadline;
    }
}
