package org.externship.portal.listing.view;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import org.externship.portal.listing.boundary.ExternshipSummary;
import org.externship.portal.listing.boundary.Externships;
import org.externship.portal.listing.entity.ClinicalSetting;
import org.externship.portal.listing.entity.ExternshipType;
import org.externship.portal.listing.entity.ListingDraft;
import org.externship.portal.listing.entity.ListingStatus;
import org.externship.portal.listing.entity.PeriodDraft;
import org.externship.portal.qualification.entity.DocumentType;
import org.externship.portal.qualification.entity.Requirements;
import org.externship.portal.qualification.entity.Specialty;
import org.externship.portal.qualification.entity.VisaStatus;
import org.externship.portal.shared.boundary.InvalidInputException;
import org.externship.portal.shared.boundary.NotFoundException;
import org.externship.portal.shared.boundary.PortalException;
import org.externship.portal.shared.view.Feedback;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * coordinator/externship.xhtml: the coordinator writes a new externship ({@code ?id} absent) or changes one of
 * the hospital's ({@code ?id=}); another hospital's id is answered with "not found". Rotation periods are an
 * editable list whose rows keep their ids across saves.
 */
@Named
@ViewScoped
public class ExternshipEditorView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "editor";
    /** Class-level constraints shown on the input that fixes them. */
    private static final Map<String, String> SHOWN_ON = Map.of(
            "feeExplained", "feeCovers",
            "feeCents", "fee",
            "endAfterStart", "endDate");

    @Inject
    Externships externships;

    @Inject
    Feedback feedback;

    private Long id;
    private ListingStatus status;

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

    /** The page's view action: loads the externship named by {@code ?id=}, or starts a new one. */
    public void load() {
        if (id == null) {
            durationWeeks = 4;
            periods.add(new PeriodRow(null, null, null, null));
            return;
        }
        try {
            ExternshipSummary summary = externships.find(id);
            show(summary.status(), externships.draft(id));
        } catch (NotFoundException e) {
            notFound();
        }
    }

    public String save() {
        return persist(false);
    }

    public String saveAndPublish() {
        return persist(true);
    }

    private String persist(boolean publish) {
        ListingDraft draft = draft();
        try {
            ExternshipSummary saved;
            if (id == null) {
                saved = publish ? externships.createAndPublish(draft) : externships.create(draft);
            } else {
                saved = publish ? externships.updateAndPublish(id, draft) : externships.update(id, draft);
            }
            feedback.info(publish ? "externship.editor.published" : "externship.editor.saved", saved.title());
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "/coordinator/externship?faces-redirect=true&id=" + saved.id();
        } catch (InvalidInputException e) {
            feedback.error(e, FORM, ExternshipEditorView::clientIdOf);
        } catch (PortalException e) {
            feedback.error(e);
        }
        return null;
    }

    public void addPeriod() {
        periods.add(new PeriodRow(null, null, null, null));
    }

    public void removePeriod(PeriodRow row) {
        periods.remove(row);
    }

    /** A period's inputs live in the rows of "periods"; a class-level rule is shown on the input that fixes it. */
    static String clientIdOf(ConstraintViolation<?> violation) {
        Integer row = null;
        String leaf = null;
        boolean inPeriods = false;
        for (Path.Node node : violation.getPropertyPath()) {
            if (inPeriods && row == null) {
                row = node.getIndex();
            }
            inPeriods |= "periods".equals(node.getName());
            leaf = node.getName();
        }
        String field = SHOWN_ON.getOrDefault(leaf, leaf);
        if (inPeriods && row != null) {
            return FORM + ":periods:" + row + ":" + field;
        }
        return SHOWN_ON.containsKey(leaf) ? FORM + ":" + field : null;
    }

    private ListingDraft draft() {
        Requirements requirements = new Requirements(graduatedWithinYears, finalYearAccepted, step1, step2ck,
                step2ck ? minStep2ckScore : null, step3, ecfmgCertified, asSet(acceptedVisas, VisaStatus.class),
                asSet(documents, DocumentType.class));
        return new ListingDraft(trim(title), type, specialty, setting, trim(city),
                state == null ? null : state.strip().toUpperCase(Locale.ROOT), trim(description), trim(scope),
                durationWeeks == null ? 0 : durationWeeks, applicationDeadline, requirements, malpracticeProvided,
                cents(fee), trim(feeCovers), trim(refundPolicy), trim(letterPolicy),
                periods.stream().map(PeriodRow::draft).toList());
    }

    private void show(ListingStatus current, ListingDraft draft) {
        status = current;
        title = draft.title();
        type = draft.type();
        specialty = draft.specialty();
        setting = draft.setting();
        description = draft.description();
        scope = draft.scope();
        durationWeeks = draft.durationWeeks();
        city = draft.city();
        state = draft.state();
        Requirements r = draft.requirements();
        graduatedWithinYears = r.graduatedWithinYears();
        finalYearAccepted = r.finalYearAccepted();
        step1 = r.step1();
        step2ck = r.step2ck();
        minStep2ckScore = r.minStep2ckScore();
        step3 = r.step3();
        ecfmgCertified = r.ecfmgCertified();
        acceptedVisas = r.acceptedVisas().stream().sorted().toArray(VisaStatus[]::new);
        documents = r.documents().stream().filter(d -> d != DocumentType.MALPRACTICE).sorted()
                .toArray(DocumentType[]::new);
        malpracticeProvided = draft.malpracticeProvided();
        fee = draft.feeCents() == null ? null : BigDecimal.valueOf(draft.feeCents()).movePointLeft(2);
        feeCovers = draft.feeCovers();
        refundPolicy = draft.refundPolicy();
        letterPolicy = draft.letterPolicy();
        applicationDeadline = draft.applicationDeadline();
        periods.clear();
        for (PeriodDraft period : draft.periods()) {
            periods.add(PeriodRow.of(period));
        }
    }

    private static void notFound() {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        try {
            external.responseSendError(404, "externship");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
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

    private static String trim(String value) {
        return value == null ? null : value.strip();
    }

    /** A new externship, not yet saved. */
    public boolean isNew() {
        return id == null;
    }

    /** Closed externships are final: the editor only shows them. */
    public boolean isEditable() {
        return status != ListingStatus.CLOSED;
    }

    /** "Save and publish" is offered while the externship is not yet published (new or a draft). */
    public boolean isPublishable() {
        return status == null || status == ListingStatus.DRAFT;
    }

    public ListingStatus getStatus() {
        return status;
    }

    public ExternshipType[] getTypes() {
        return ExternshipType.values();
    }

    public Specialty[] getSpecialties() {
        return Specialty.values();
    }

    public ClinicalSetting[] getSettings() {
        return ClinicalSetting.values();
    }

    public VisaStatus[] getVisaOptions() {
        return VisaStatus.values();
    }

    /** Malpractice proof is asked through the malpractice question, not in this list. */
    public List<DocumentType> getDocumentOptions() {
        return Arrays.stream(DocumentType.values()).filter(d -> d != DocumentType.MALPRACTICE).toList();
    }

    public List<PeriodRow> getPeriods() {
        return periods;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
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
