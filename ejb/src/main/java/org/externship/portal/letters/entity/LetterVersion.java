package org.externship.portal.letters.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.externship.portal.shared.entity.TenantOwned;

import java.time.Instant;
import java.util.Objects;

/**
 * One version of the letter an attending wrote for a request (issue 11): what the file is, never its content
 * ({@link LetterContent}). Versions are never changed; the newest is the letter until it is delivered.
 */
@Entity
@Table(name = "letter_version")
@NamedQuery(name = LetterVersion.OF_REQUEST, query = "select v from LetterVersion v where v.requestId = :request "
        + "order by v.number desc")
public class LetterVersion extends TenantOwned {

    public static final String OF_REQUEST = "LetterVersion.ofRequest";

    @Id
    @SequenceGenerator(name = "portal_seq", sequenceName = "portal_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "portal_seq")
    private Long id;

    @Column(name = "request_id", nullable = false)
    private long requestId;

    @Column(name = "version_no", nullable = false)
    private int number;

    @Column(name = "file_name", nullable = false, length = 120)
    private String fileName;

    @Column(name = "size_bytes", nullable = false)
    private int sizeBytes;

    @Column(name = "pages", nullable = false)
    private int pages;

    @Column(name = "sha256", nullable = false, length = 64)
    private String sha256;

    @Column(name = "author_subject", nullable = false, length = 64)
    private String authorSubject;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected LetterVersion() {
        // for JPA
    }

    public LetterVersion(long requestId, int number, String fileName, int sizeBytes, int pages, String sha256,
                         String authorSubject, Instant createdAt) {
        this.requestId = requestId;
        this.number = number;
        this.fileName = Objects.requireNonNull(fileName);
        this.sizeBytes = sizeBytes;
        this.pages = pages;
        this.sha256 = Objects.requireNonNull(sha256);
        this.authorSubject = Objects.requireNonNull(authorSubject);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    public Long id() {
        return id;
    }

    public long requestId() {
        return requestId;
    }

    public int number() {
        return number;
    }

    public String fileName() {
        return fileName;
    }

    public int sizeBytes() {
        return sizeBytes;
    }

    public int pages() {
        return pages;
    }

    public String sha256() {
        return sha256;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
