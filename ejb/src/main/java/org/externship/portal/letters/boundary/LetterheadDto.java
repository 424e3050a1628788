package org.externship.portal.letters.boundary;

import java.time.Instant;

/** The hospital's letterhead: its address and phone, whether it has a logo, and when it last changed (null: never). */
public record LetterheadDto(String address, String phone, boolean logo, Instant updatedAt) {

    static final LetterheadDto NONE = new LetterheadDto(null, null, false, null);
}
