package org.externship.portal.listing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.externship.portal.qualification.entity.DocumentType;
import org.externship.portal.qualification.entity.Requirements;
import org.externship.portal.qualification.entity.VisaStatus;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An externship's requirements as its row keeps them, one column each (visas and documents as comma-separated
 * names), shared by the hospital's {@link Externship} and the public {@link PublicExternship}. The public search
 * filters on these columns too ({@code ExternshipCatalog}).
 */
@Embeddable
public class RequirementColumns {

    @Column(name = "graduated_within_years")
    private Integer graduatedWithinYears;

    @Column(name = "final_year_accepted", nullable = false)
    private boolean finalYearAccepted;

    @Column(name = "step1_required", nullable = false)
    private boolean step1Required;

    @Column(name = "step2ck_required", nullable = false)
    private boolean step2ckRequired;

    @Column(name = "min_step2ck_score")
    private Integer minStep2ckScore;

    @Column(name = "step3_required", nullable = false)
    private boolean step3Required;

    @Column(name = "ecfmg_required", nullable = false)
    private boolean ecfmgRequired;

    /** Accepted visa statuses, comma-separated ("B1,US_CITIZEN"); empty: any. */
    @Column(name = "accepted_visas", nullable = false, length = 200)
    private String acceptedVisas = "";

    /** Documents required valid on the first day, comma-separated. */
    @Column(name = "required_documents", nullable = false, length = 200)
    private String requiredDocuments = "";

    @Column(name = "malpractice_provided", nullable = false)
    private boolean malpracticeProvided;

    protected RequirementColumns() {
        // for JPA
    }

    RequirementColumns(Requirements asked, boolean malpracticeProvided) {
        graduatedWithinYears = asked.graduatedWithinYears();
        finalYearAccepted = asked.finalYearAccepted();
        step1Required = asked.step1();
        step2ckRequired = asked.step2ck();
        minStep2ckScore = asked.minStep2ckScore();
        step3Required = asked.step3();
        ecfmgRequired = asked.ecfmgCertified();
        acceptedVisas = join(asked.acceptedVisas());
        requiredDocuments = join(asked.documents());
        this.malpracticeProvided = malpracticeProvided;
    }

    /** The requirements as the coordinator stated them (what the editor shows). */
    Requirements asked() {
        return new Requirements(graduatedWithinYears, finalYearAccepted, step1Required, step2ckRequired,
                minStep2ckScore, step3Required, ecfmgRequired, split(acceptedVisas, VisaStatus.class),
                split(requiredDocuments, DocumentType.class));
    }

    /** What a student must meet: as stated, and proof of malpractice cover unless the host provides it. */
    Requirements measured() {
        Set<DocumentType> documents = split(requiredDocuments, DocumentType.class);
        if (!malpracticeProvided) {
            documents.add(DocumentType.MALPRACTICE);
        }
        return new Requirements(graduatedWithinYears, finalYearAccepted, step1Required, step2ckRequired,
                minStep2ckScore, step3Required, ecfmgRequired, split(acceptedVisas, VisaStatus.class), documents);
    }

    boolean malpracticeProvided() {
        return malpracticeProvided;
    }

    private static String join(Set<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    private static <E extends Enum<E>> Set<E> split(String column, Class<E> type) {
        Set<E> values = EnumSet.noneOf(type);
        if (column != null && !column.isBlank()) {
            Arrays.stream(column.split(",")).map(name -> Enum.valueOf(type, name.strip())).forEach(values::add);
        }
        return values;
    }
}
