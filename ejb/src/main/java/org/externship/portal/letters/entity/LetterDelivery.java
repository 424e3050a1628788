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
import jakarta.persistence.Version;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Where a complete letter goes (issue 11): assigned by the student, delivered by its writer. Through the residency
 * application service ({@link DeliveryKind#ERAS}: the writer uploads the letter there under the letter id the student
 * gives) or by a download link to one named recipient ({@link DeliveryKind#LINK}: it works for {@link #LINK_LIFETIME}
 * and {@link #LINK_DOWNLOADS} downloads). The hospital's (tenant) and the student's (by subject); only a hash of the
 * link's secret is kept.
 */
@Entity
@Table(name = "letter_delivery")
@NamedQuery(name = LetterDelivery.OF_REQUEST, query = "select d from LetterDelivery d "
        + "where d.requestId = :request order by d.assignedAt, d.id")
@NamedQuery(name = LetterDelivery.BY_LINK, query = "select d from LetterDelivery d "
        + "where d.hospitalAlias = :hospital and d.linkHash = :hash")
@NamedQuery(name = LetterDelivery.LINKS_WAITING, query = "select d.id, r.attendingStaffId "
        + "from LetterDelivery d, LetterRequest r where d.hospitalAlias = :hospital and d.kind = :link "
        + "and d.status = :waiting and r.id = d.requestId order by d.assignedAt, d.id")
public class LetterDelivery {

    public static final String OF_REQUEST = "LetterDelivery.ofRequest";
    public static final String BY_LINK = "LetterDelivery.byLink";
    /** The hospital's ({@code :hospital}) link deliveries not sent yet, each with its letter's writer (staff id). */
    public static final String LINKS_WAITING = "LetterDelivery.linksWaiting";
    public static final Duration LINK_LIFETIME = Duration.ofDays(14);
    public static final int LINK_DOWNLOADS = 3;

    @Id
    @SequenceGenerator(name = "portal_seq", sequenceName = "portal_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "portal_seq")
    private Long id;

    @Column(name = "request_id", nullable = false)
    private long requestId;

    @Column(name = "tenant_id", nullable = false, length = 40)
    private String hospitalAlias;

    @Column(name = "student_subject", nullable = false, length = 64)
    private String studentSubject;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 10)
    private DeliveryKind kind;

    @Column(name = "program", nullable = false, length = 160)
    private String program;

    @Column(name = "eras_letter_id", length = 30)
    private String erasLetterId;

    @Column(name = "recipient_name", length = 160)
    private String recipientName;

    @Column(name = "recipient_email", length = 254)
    private String recipientEmail;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private DeliveryStatus status;

    @Column(name = "assigned_at", nullable = false)
    private Instant assignedAt;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    /** SHA-256 of the link's secret, hex; the secret itself is only in the recipient's e-mail. */
    @Column(name = "link_hash", length = 64)
    private String linkHash;

    @Column(name = "link_expires_at")
    private Instant linkExpiresAt;

    @Column(name = "downloads", nullable = false)
    private int downloads;

    @Column(name = "most_downloads", nullable = false)
    private int mostDownloads;

    @Version
    @Column(nullable = false)
    private long version;

    protected LetterDelivery() {
        // for JPA
    }

    private LetterDelivery(LetterRequest request, DeliveryKind kind, String program, Instant now) {
        this.requestId = request.id();
        this.hospitalAlias = request.hospitalAlias();
        this.studentSubject = request.studentSubject();
        this.kind = kind;
        this.program = Objects.requireNonNull(program);
        this.status = DeliveryStatus.WAITING;
        this.assignedAt = Objects.requireNonNull(now);
        this.mostDownloads = kind == DeliveryKind.LINK ? LINK_DOWNLOADS : 0;
    }

    /** To the programs {@code program} names, through the service, under the student's letter id. */
    public static LetterDelivery throughEras(LetterRequest request, String program, String erasLetterId,
                                             Instant now) {
        LetterDelivery delivery = new LetterDelivery(request, DeliveryKind.ERAS, program, now);
        delivery.erasLetterId = Objects.requireNonNull(erasLetterId);
        return delivery;
    }

    /** To one recipient of {@code program}, by a download link. */
    public static LetterDelivery byLink(LetterRequest request, String program, String recipientName,
                                        String recipientEmail, Instant now) {
        LetterDelivery delivery = new LetterDelivery(request, DeliveryKind.LINK, program, now);
        delivery.recipientName = Objects.requireNonNull(recipientName);
        delivery.recipientEmail = Objects.requireNonNull(recipientEmail);
        return delivery;
    }

    /** The writer uploaded the letter to the service. */
    public void uploaded(Instant now) {
        requireWaiting(DeliveryKind.ERAS);
        this.status = DeliveryStatus.DELIVERED;
        this.deliveredAt = now;
    }

    /** The writer sends the link whose secret hashes to {@code hash}: it works from now for its lifetime. */
    public void linkSent(String hash, Instant now) {
        requireWaiting(DeliveryKind.LINK);
        this.linkHash = Objects.requireNonNull(hash);
        this.linkExpiresAt = now.plus(LINK_LIFETIME);
        this.status = DeliveryStatus.DELIVERED;
        this.deliveredAt = now;
    }

    /** Whether the link still opens the letter at {@code now}: sent, not expired, downloads left. */
    public boolean linkWorks(Instant now) {
        return kind == DeliveryKind.LINK && status == DeliveryStatus.DELIVERED && now.isBefore(linkExpiresAt)
                && downloads < mostDownloads;
    }

    /** One more download through the link; refused when the link no longer works. */
    public void downloaded(Instant now) {
        if (!linkWorks(now)) {
            throw new IllegalStateException("letter delivery " + id + ": the link no longer works");
        }
        downloads++;
    }

    public boolean isWaiting() {
        return status == DeliveryStatus.WAITING;
    }

    private void requireWaiting(DeliveryKind expected) {
        if (kind != expected || status != DeliveryStatus.WAITING) {
            throw new IllegalStateException("letter delivery " + id + " is a " + kind + " delivery, " + status);
        }
    }

    public Long id() {
        return id;
    }

    public long requestId() {
        return requestId;
    }

    public String hospitalAlias() {
        return hospitalAlias;
    }

    public String studentSubject() {
        return studentSubject;
    }

    public DeliveryKind kind() {
        return kind;
    }

    public String program() {
        return program;
    }

    public String erasLetterId() {
        return erasLetterId;
    }

    public String recipientName() {
        return recipientName;
    }

    public String recipientEmail() {
        return recipientEmail;
    }

    public DeliveryStatus status() {
        return status;
    }

    public Instant assignedAt() {
        return assignedAt;
    }

    public Instant deliveredAt() {
        return deliveredAt;
    }

    public Instant linkExpiresAt() {
        return linkExpiresAt;
    }

    public int downloads() {
        return downloads;
    }

    public int mostDownloads() {
        return mostDownloads;
    }
}
