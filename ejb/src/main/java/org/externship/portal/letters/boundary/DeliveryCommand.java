package org.externship.portal.letters.boundary;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.externship.portal.letters.entity.DeliveryKind;

/**
 * Where the student sends the complete letter of request {@code requestId}: to the programs {@code program} names,
 * through the residency application service under the letter id of the service's letter request form, or by a download
 * link to one recipient of the program.
 */
public record DeliveryCommand(
        @NotNull(message = "{portal.letters.delivery.request.required}") Long requestId,
        @NotNull(message = "{portal.letters.delivery.kind.required}") DeliveryKind kind,
        @NotBlank(message = "{portal.letters.delivery.program.required}")
        @Size(max = 160, message = "{portal.letters.delivery.program.size}") String program,
        @Pattern(regexp = "[A-Za-z0-9-]{4,30}", message = "{portal.letters.delivery.erasId.pattern}")
        String erasLetterId,
        @Size(max = 160, message = "{portal.letters.delivery.recipientName.size}") String recipientName,
        @Email @Size(max = 254, message = "{portal.letters.delivery.recipientEmail.size}") String recipientEmail) {

    /** Shown on the letter id's field. */
    @AssertTrue(message = "{portal.letters.delivery.erasId.required}")
    public boolean isErasLetterIdGiven() {
        return kind != DeliveryKind.ERAS || (erasLetterId != null && !erasLetterId.isBlank());
    }

    /** Shown on the recipient's name field. */
    @AssertTrue(message = "{portal.letters.delivery.recipientName.required}")
    public boolean isRecipientNameGiven() {
        return kind != DeliveryKind.LINK || (recipientName != null && !recipientName.isBlank());
    }

    /** Shown on the recipient's e-mail field. */
    @AssertTrue(message = "{portal.letters.delivery.recipientEmail.required}")
    public boolean isRecipientEmailGiven() {
        return kind != DeliveryKind.LINK || (recipientEmail != null && !recipientEmail.isBlank());
    }
}
