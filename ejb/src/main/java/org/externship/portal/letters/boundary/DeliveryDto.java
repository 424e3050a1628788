package org.externship.portal.letters.boundary;

import org.externship.portal.letters.entity.DeliveryKind;
import org.externship.portal.letters.entity.DeliveryStatus;
import org.externship.portal.letters.entity.LetterDelivery;

import java.time.Instant;

/**
 * Where a letter goes: the program, the service's letter id or the link's recipient, and where it stands (for a link:
 * until when it works and how often it was used). Never the link's secret, never the letter.
 */
public record DeliveryDto(long id, long requestId, DeliveryKind kind, String program, String erasLetterId,
                          String recipientName, String recipientEmail, DeliveryStatus status, Instant assignedAt,
                          Instant deliveredAt, Instant linkExpiresAt, int downloads, int mostDownloads) {

    static DeliveryDto of(LetterDelivery d) {
        return new DeliveryDto(d.id(), d.requestId(), d.kind(), d.program(), d.erasLetterId(), d.recipientName(),
                d.recipientEmail(), d.status(), d.assignedAt(), d.deliveredAt(), d.linkExpiresAt(), d.downloads(),
                d.mostDownloads());
    }

    public boolean waiting() {
        return status == DeliveryStatus.WAITING;
    }

    public boolean throughEras() {
        return kind == DeliveryKind.ERAS;
    }

    /** Whether the link was sent and can no longer be used (expired at {@code now} or every download taken). */
    public boolean linkUsedUp(Instant now) {
        return kind == DeliveryKind.LINK && status == DeliveryStatus.DELIVERED
                && (downloads >= mostDownloads || !now.isBefore(linkExpiresAt));
    }
}
