package org.externship.portal.letters.control;

import org.externship.portal.passport.control.InspectedContent;

/**
 * What the portal keeps of a letter PDF that passed {@link LetterFile}'s rules.
 *
 * @param content   its content type (a PDF), size and SHA-256
 * @param pageCount how many pages it has
 * @param fileName  the name a download offers it under: safe anywhere the letter travels, ending in {@code .pdf}
 */
public record InspectedLetter(InspectedContent content, int pageCount, String fileName) {
}
