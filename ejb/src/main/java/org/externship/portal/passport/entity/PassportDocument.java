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
import org.externship.portal.passport.entity.DocumentKind;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The current file of one kind in a student's passport: metadata here, the bytes in the document store under
 * {@code storageKey}. Uploading a new file of the same kind replaces this one (same row, new file); the old file
 * is deleted once that transaction commits.
 */
@Entity
@Table(name = "passport_document")
@NamedQuery(name = PassportDocument.OF_STUDENT,
        query = "select d from PassportDocument d where d.studentSubject = :subject order by d.kind")
@NamedQuery(name = PassportDocument.OF_STUDENT_AND_KIND,
        query = "select d from PassportDocument d where d.studentSubject = :subject and d.kind = :kind")
public class PassportDocument {

    public static final String OF_STUDENT = "PassportDocument.ofStudent";
    public static final String OF_STUDENT_AND_KIND = "PassportDocument.ofStudentAndKind";

    @Id
    @SequenceGenerator(name = "portal_seq", sequenceName = "portal_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "portal_seq")
    private Long id;

    @Column(name = "student_subject", nullable = false, updatable = false, length = 64)
    private String studentSubject;

    @Enumerated(EnumType.STRING)
    @Column(name = "document_kind", nullable = false, updatable = false, length = 32)
    private DocumentKind kind;

    @Column(name = "storage_key", nullable = false, length = 32)
    private String storageKey;

    @Column(name = "file_name", nullable = false, length = 120)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 40)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "expires_on")
    private LocalDate expiresOn;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    @Version
    @Column(nullable = false)
    private long version;

    protected PassportDocument() {
        // for JPA
    }

    public PassportDocument(String studentSubject, DocumentKind kind) {
        this.studentSubject = studentSubject;
        this.kind = kind;
    }

    /** Takes a newly stored file; returns the storage key of the file it replaces (null if none). */
    public String replaceWith(String newStorageKey, String newFileName, String newContentType, long newSizeBytes,
                              String newSha256, LocalDate newExpiresOn, Instant now) {
        String previous = storageKey;
        storageKey = newStorageKey;
        fileName = newFileName;
        contentType = newContentType;
        sizeBytes = newSizeBytes;
        sha256 = newSha256;
        expiresOn = newExpiresOn;
        uploadedAt = now;
        return previous;
    }

    public String fileName() {
        return fileName;
    }

    public String contentType() {
        return contentType;
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    public String sha256() {
        return sha256;
    }

    public Instant uploadedAt() {
        return uploadedAt;
    }

    public Long id() {
        return id;
    }

    public String studentSubject() {
        return studentSubject;
    }

    public DocumentKind kind() {
        return kind;
    }

    public String storageKey() {
        return storageKey;
    }

    public LocalDate expiresOn() {
        return expiresOn;
    }
}
