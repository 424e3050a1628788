package org.externship.portal.letters.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.externship.portal.shared.entity.TenantOwned;

import java.util.Objects;

/** The PDF of one {@link LetterVersion}, read only when someone allowed to opens it. */
@Entity
@Table(name = "letter_content")
public class LetterContent extends TenantOwned {

    @Id
    @Column(name = "version_id")
    private Long versionId;

    @Column(name = "request_id", nullable = false)
    private long requestId;

    @Column(name = "content", nullable = false)
    private byte[] content;

    protected LetterContent() {
        // for JPA
    }

    public LetterContent(long versionId, long requestId, byte[] content) {
        this.versionId = versionId;
        this.requestId = requestId;
        this.content = Objects.requireNonNull(content).clone();
    }

    public byte[] content() {
        return content.clone();
    }
}
