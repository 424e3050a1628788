package org.externship.portal.letters.control;

import java.time.LocalDate;

/**
 * A letter of recommendation as the attending writes it in the portal (issue 11): the letterhead (the hospital, the
 * writer's address, phone and e-mail), the date, the text, and the signature (the writer's name and title). Any part
 * may be missing while it is being written; {@link LetterWording} says which rule that breaks.
 */
public record WrittenLetter(String hospital, String address, String phone, String email, LocalDate date, String body,
                            String signerName, String signerTitle) {
}
