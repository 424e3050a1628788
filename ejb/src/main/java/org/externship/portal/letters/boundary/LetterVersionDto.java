package org.externship.portal.letters.boundary;

import org.externship.portal.letters.entity.LetterVersion;

import java.time.Instant;

/** A version of a letter as its writer lists it: which, when, what file. Never its content. */
public record LetterVersionDto(int number, String fileName, int sizeBytes, int pages, Instant createdAt) {

    static LetterVersionDto of(LetterVersion v) {
        return new LetterVersionDto(v.number(), v.fileName(), v.sizeBytes(), v.pages(), v.createdAt());
    }
}
