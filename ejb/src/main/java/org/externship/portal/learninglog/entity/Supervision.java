package org.externship.portal.learninglog.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.Objects;

/**
 * The placement an entry belongs to and the attending the student chose from its supervisors; none for an entry
 * outside any placement. The hospital is the placement's (its tenant alias): the attending reads the entry only while
 * acting for that hospital. The attending's name is kept as it was when the entry was written.
 */
@Embeddable
public class Supervision {

    @Column(name = "tenant_id", length = 40)
    private String hospitalAlias;

    @Column(name = "placement_id")
    private Long placementId;

    @Column(name = "application_id")
    private Long applicationId;

    @Column(name = "supervisor_staff_id")
    private Long supervisorStaffId;

    @Column(name = "supervisor_subject", length = 64)
    private String supervisorSubject;

    @Column(name = "supervisor_name", length = 160)
    private String supervisorName;

    protected Supervision() {
        // for JPA
    }

    public Supervision(String hospitalAlias, long placementId, long applicationId, long supervisorStaffId,
                       String supervisorSubject, String supervisorName) {
        this.hospitalAlias = Objects.requireNonNull(hospitalAlias);
        this.placementId = placementId;
        this.applicationId = applicationId;
        this.supervisorStaffId = supervisorStaffId;
        this.supervisorSubject = Objects.requireNonNull(supervisorSubject);
        this.supervisorName = supervisorName;
    }

    /** An entry outside any placement. */
    public static Supervision none() {
        return new Supervision();
    }

    public boolean isSupervised() {
        return supervisorSubject != null;
    }

    public String hospitalAlias() {
        return hospitalAlias;
    }

    public Long placementId() {
        return placementId;
    }

    public Long applicationId() {
        return applicationId;
    }

    /** The supervising attending as a staff member of the hospital. */
    public Long supervisorStaffId() {
        return supervisorStaffId;
    }

    public String supervisorSubject() {
        return supervisorSubject;
    }

    public String supervisorName() {
        return supervisorName;
    }

    Supervision copy() {
        Supervision copy = new Supervision();
        copy.hospitalAlias = hospitalAlias;
        copy.placementId = placementId;
        copy.applicationId = applicationId;
        copy.supervisorStaffId = supervisorStaffId;
        copy.supervisorSubject = supervisorSubject;
        copy.supervisorName = supervisorName;
        return copy;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Supervision that && Objects.equals(placementId, that.placementId)
                && Objects.equals(supervisorSubject, that.supervisorSubject);
    }

    @Override
    public int hashCode() {
        return Objects.hash(placementId, supervisorSubject);
    }
}
