package org.externship.portal.rotation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;

import java.util.Objects;

/**
 * What every row of a placement's record has (a day on site, an evaluation, a reminder, a certificate): its id, the
 * placement's hospital ({@code tenant_id}, named in every query: the rows are also the student's, so they are not
 * filtered by EclipseLink's tenant) and the placement, both fixed, and a version.
 */
@MappedSuperclass
public abstract class PlacementRecord {

    @Id
    @SequenceGenerator(name = "portal_seq", sequenceName = "portal_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "portal_seq")
    private Long id;

    @Column(name = "tenant_id", nullable = false, length = 40, updatable = false)
    private String hospitalAlias;

    @Column(name = "placement_id", nullable = false, updatable = false)
    private long placementId;

    @Version
    @Column(nullable = false)
    private long version;

    protected PlacementRecord() {
        // for JPA
    }

    protected PlacementRecord(String hospitalAlias, long placementId) {
        this.hospitalAlias = Objects.requireNonNull(hospitalAlias);
        this.placementId = placementId;
    }

    public long id() {
        return id;
    }

    public String hospitalAlias() {
        return hospitalAlias;
    }

    public long placementId() {
        return placementId;
    }
}
