package org.externship.portal.letters.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.externship.portal.letters.entity.LetterDraft;

/**
 * The letter as the attending writes it in the portal: its text (plain paragraphs), the address and phone on the
 * letterhead, and the title it is signed with. The rest of the letterhead and signature is the portal's: the hospital,
 * the writer's name and e-mail.
 */
public record LetterDraftCommand(
        @NotBlank(message = "{portal.letters.draft.body.required}")
        @Size(max = LetterDraft.BODY_MAX, message = "{portal.letters.draft.body.size}") String body,
        @Size(max = LetterDraft.ADDRESS_MAX, message = "{portal.letters.draft.address.size}") String address,
        @Size(max = LetterDraft.PHONE_MAX, message = "{portal.letters.draft.phone.size}") String phone,
        @Size(max = LetterDraft.TITLE_MAX, message = "{portal.letters.draft.signerTitle.size}") String signerTitle) {
}
