package org.externship.portal.letters.boundary;

import org.externship.portal.letters.entity.LetterAccess;

import java.time.Instant;

/**
 * An entry of the letters' access trail as the hospital's coordinator reviews it: when, who (and in which role),
 * what, whether it was allowed, from where, and which letter (the request, its student and attending).
 */
public record LetterAccessDto(Instant at, String actorName, String actorRole, LetterAccess.Action action,
                              boolean allowed, String address, long requestId, Integer version, String studentName,
                              String attendingName) {
}
