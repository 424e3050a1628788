package org.externship.portal.letters.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.externship.portal.shared.entity.TenantOwned;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The letter an attending writes in the portal, as they left it (issue 11): its text, the letterhead's address and
 * phone, and the title it is signed with. One per request; the hospital's staff's, never a student's. Rendering it
 * makes a {@link LetterVersion} and remembers which one, so that marking the letter complete checks what was rendered.
 */
@Entity
@Table(name = "letter_draft")
public class LetterDraft extends TenantOwned {

    public static final int BODY_MAX = 20000;
    public static final int ADDRESS_MAX = 300;
    public static final int PHONE_MAX = 40;
    public static final int TITLE_MAX = 160;

    @Id
    @Column(name = "request_id")
    private Long requestId;

    @Column(name = "body", nullable = false, length = BODY_MAX)
    private String body;

    @Column(name = "letterhead_address", length = ADDRESS_MAX)
    private String address;

    @Column(name = "letterhead_phone", length = PHONE_MAX)
    private String phone;

    @Column(name = "signer_title", length = TITLE_MAX)
    private String signerTitle;

    @Column(name = "author_subject", nullable = false, length = 64)
    private String authorSubject;

    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;

    @Column(name = "rendered_version")
    private Integer renderedVersion;

    @Column(name = "rendered_on")
    private LocalDate renderedOn;

    @Column(name = "changed_since_rendered", nullable = false)
    private boolean changedSinceRendered;

    protected LetterDraft() {
        // for JPA
    }

    public LetterDraft(long requestId, String authorSubject) {
        this.requestId = requestId;
        this.authorSubject = Objects.requireNonNull(authorSubject);
        this.body = "";
    }

    /** The attending's text as it stands now; a change after rendering waits for the next rendering. */
    public void save(String body, String address, String phone, String signerTitle, Instant now) {
        boolean changed = !Objects.equals(this.body, body) || !Objects.equals(this.address, address)
                || !Objects.equals(this.phone, phone) || !Objects.equals(this.signerTitle, signerTitle);
        this.body = Objects.requireNonNull(body);
        this.address = address;
        this.phone = phone;
        this.signerTitle = signerTitle;
        this.savedAt = Objects.requireNonNull(now);
        this.changedSinceRendered = changedSinceRendered || changed;
    }

    /** The draft as it stands became version {@code number} of the letter, dated {@code on}. */
    public void rendered(int number, LocalDate on) {
        this.renderedVersion = number;
        this.renderedOn = Objects.requireNonNull(on);
        this.changedSinceRendered = false;
    }

    public long requestId() {
        return requestId;
    }

    public String body() {
        return body;
    }

    public String address() {
        return address;
    }

    public String phone() {
        return phone;
    }

    public String signerTitle() {
        return signerTitle;
    }

    public Instant savedAt() {
        return savedAt;
    }

    public Integer renderedVersion() {
        return renderedVersion;
    }

    public LocalDate renderedOn() {
        return renderedOn;
    }

    public boolean changedSinceRendered() {
        return changedSinceRendered;
    }
}
