package org.externship.portal.letters.boundary;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.externship.portal.letters.entity.Letterhead;

/**
 * The hospital's letterhead as its coordinator words it: the address under the hospital's name (a department, the
 * street, the city; several lines) and the main phone. Both optional: a writer may still type their own.
 */
public record LetterheadCommand(
        @Size(max = Letterhead.ADDRESS_MAX, message = "{portal.letters.draft.address.size}") String address,
        @Size(max = Letterhead.PHONE_MAX, message = "{portal.letters.draft.phone.size}")
        @Pattern(regexp = "[0-9+()./ -]*", message = "{portal.letters.letterhead.phone}") String phone) {
}
