package org.externship.portal.application.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.ReadOnly;

import java.time.LocalDate;

/** The title, status and deadline of an externship, read-only and not tenant-owned, for {@link OpenRotation}'s query. */
@Entity
@ReadOnly
@Table(name = "externship")
public class OpenPosting {

    @Id
    private Long id;

    @Column(name = "title")
    private String title;

    @Column(name = "status")
    private String status;

    @Column(name = "application_deadline")
    private LocalDate applicationDeadline;

    protected OpenPosting() {
        // for JPA
    }

    public String title() {
        return title;
    }

    public LocalDate applicationDeadline() {
        return applicationDeadline;
    }
}
