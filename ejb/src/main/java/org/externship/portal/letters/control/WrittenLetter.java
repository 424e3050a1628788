package org.externship.portal.letters.control;

import java.time.LocalDate;

/**
 * A letter of recommendation as the attending writes it in the portal (issue 11): the letterhead (the hospital's logo
 * and name, the address, phone and the writer's e-mail), the date, the text, and the signature (the writer's name and
 * title). Any part may be missing while it is being written; {@link LetterWording} says which rule that breaks.
 *
 * @param logo the hospital's logo as its letterhead keeps it (a PNG), or null for a letterhead of text alone
 */
public record WrittenLetter(String hospital, String address, String phone, String email, LocalDate date, String body,
                            String signerName, String signerTitle, byte[] logo) {

    /** A letter on a letterhead without a logo. */
    public WrittenLetter(String hospital, String address, String phone, String email, LocalDate date, String body,
                         String signerName, String signerTitle) {
        this(hospital, address, phone, email, date, body, signerName, signerTitle, null);
    }
}
