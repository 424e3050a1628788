package org.externship.portal.letters.entity;

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

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of the letters' access trail (issue 11): someone opened, downloaded or tried to reach a letter's content,
 * and whether they were let. Written once, never changed or removed (on PostgreSQL the database refuses it too).
 * The hospital is empty where the letter belongs to no hospital the caller could see (an id guessed or not theirs).
 */
@Entity
@Table(name = "letter_access")
@NamedQuery(name = LetterAccess.OF_HOSPITAL, query = "select a from LetterAccess a where a.hospitalAlias = :hospital "
        + "order by a.accessedAt desc, a.id desc")
public class LetterAccess {

    public static final String OF_HOSPITAL = "LetterAccess.ofHospital";

    /** What the person did or tried to do. */
    public enum Action {
        /** Downloaded or opened a version's PDF. */
        READ,
        /** Uploaded or wrote a new version. */
        WROTE,
        /** Sent a download link of the letter to a recipient. */
        SENT
    }

    @Id
    @SequenceGenerator(name = "portal_seq", sequenceName = "portal_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "portal_seq")
    private Long id;

    @Column(name = "tenant_id", length = 40)
    private String hospitalAlias;

    @Column(name = "request_id", nullable = false)
    private long requestId;

    @Column(name = "version_no")
    private Integer versionNumber;

    @Column(name = "actor_subject", nullable = false, length = 64)
    private String actorSubject;

    @Column(name = "actor_name", nullable = false, length = 160)
    private String actorName;

    @Column(name = "actor_role", nullable = false, length = 20)
    private String actorRole;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false, length = 20)
    private Action action;

    @Column(name = "allowed", nullable = false)
    private boolean allowed;

    @Column(name = "address", length = 64)
    private String address;

    @Column(name = "accessed_at", nullable = false)
    private Instant accessedAt;

    protected LetterAccess() {
        // for JPA
    }

    public LetterAccess(String hospitalAlias, long requestId, Integer versionNumber, String actorSubject,
                        String actorName, String actorRole, Action action, boolean allowed, String address,
                        Instant accessedAt) {
        this.hospitalAlias = hospitalAlias;
        this.requestId = requestId;
        this.versionNumber = versionNumber;
        this.actorSubject = Objects.requireNonNull(actorSubject);
        this.actorName = actorName == null ? "" : actorName;
        this.actorRole = Objects.requireNonNull(actorRole);
        this.action = Objects.requireNonNull(action);
        this.allowed = allowed;
        this.address = address;
        this.accessedAt = Objects.requireNonNull(accessedAt);
    }

    public Long id() {
        return id;
    }

    public String hospitalAlias() {
        return hospitalAlias;
    }

    public long requestId() {
        return requestId;
    }

    public Integer versionNumber() {
        return versionNumber;
    }

    public String actorSubject() {
        return actorSubject;
    }

    public String actorName() {
        return actorName;
    }

    public String actorRole() {
        return actorRole;
    }

    public Action action() {
        return action;
    }

    public boolean isAllowed() {
        return allowed;
    }

    public String address() {
        return address;
    }

    public Instant accessedAt() {
        return accessedAt;
    }
}
