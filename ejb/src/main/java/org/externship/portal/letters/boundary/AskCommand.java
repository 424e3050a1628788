package org.externship.portal.letters.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.externship.portal.letters.entity.LetterRequest;

import java.time.LocalDate;
import java.util.List;

/**
 * A letter request as the student wrote it: to attending {@code attendingId} of the placement that application
 * {@code applicationId} became, the message, the day the applications need the letter (if any), and whether the
 * student waives the right to read it (the default, as programs expect); and the packet: the specialties they apply
 * to, their statement draft or career goals, the learning-log entries of the placement they highlight, and whether
 * their CV (from their clinical passport) comes with it.
 */
public record AskCommand(
        @NotNull(message = "{portal.letters.placement.required}") Long applicationId,
        @NotNull(message = "{portal.letters.attending.required}") Long attendingId,
        @NotBlank(message = "{portal.letters.message.required}")
        @Size(max = LetterRequest.MESSAGE_MAX, message = "{portal.letters.message.size}") String message,
        LocalDate wantedBy,
        boolean waived,
        @Size(max = LetterRequest.SPECIALTIES_MAX, message = "{portal.letters.specialties.size}")
        String targetSpecialties,
        @Size(max = LetterRequest.GOALS_MAX, message = "{portal.letters.goals.size}") String goals,
        @Size(max = LetterRequest.HIGHLIGHTS_MAX, message = "{portal.letters.highlights.size}")
        List<Long> highlightedEntries,
        boolean includeCv) {

    public AskCommand {
        highlightedEntries = highlightedEntries == null ? List.of() : List.copyOf(highlightedEntries);
    }

    /** A request with no packet beyond the placement's facts. */
    public AskCommand(Long applicationId, Long attendingId, String message, LocalDate wantedBy, boolean waived) {
        this(applicationId, attendingId, message, wantedBy, waived, null, null, List.of(), false);
    }
}
