package org.externship.portal.letters.boundary;

import java.io.Serializable;
import java.time.Instant;

/**
 * What a download link's page tells its recipient: who wrote the letter, for whom, from which hospital and for which
 * program, and whether and until when the link still opens it. Nothing else about the student.
 */
public record LinkedLetter(String recipientName, String studentName, String writerName, String hospitalName,
                           String program, Instant expiresAt, int downloadsLeft, boolean works)
        implements Serializable {
}
