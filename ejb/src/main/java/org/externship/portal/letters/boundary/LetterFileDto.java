package org.externship.portal.letters.boundary;

/** A version's PDF, for the one who may read it: its bytes and the name it is downloaded under. */
public record LetterFileDto(String fileName, byte[] content) {
}
