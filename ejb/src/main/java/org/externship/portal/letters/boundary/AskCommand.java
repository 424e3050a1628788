package org.externship.portal.letters.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.externship.portal.letters.entity.LetterRequest;

import java.time.LocalDate;

/**
 * A letter request as the student wrote it: to attending {@code attendingId} of the placement that application
 * {@code applicationId} became, the message, the day the applications need the letter (if any), and whether the
 * student waives the right to read it (the default, as programs expect).
 */
public record AskCommand(
        @NotNull(message = "{portal.letters.placement.required}") Long applicationId,
        @NotNull(message = "{portal.letters.attending.required}") Long attendingId,
        @NotBlank(message = "{portal.letters.message.required}")
        @Size(max = LetterRequest.MESSAGE_MAX, message = "{portal.letters.message.size}") String message,
        LocalDate wantedBy,
        boolean waived) {
}
