package org.externship.portal.letters.boundary;

import jakarta.ejb.ApplicationException;
import org.externship.portal.letters.control.WordingFinding;
import org.externship.portal.shared.boundary.PortalException;

import java.util.List;

/**
 * A letter written in the portal breaks a content rule of the residency application service (issue 11): it is not
 * marked complete. Carries each rule it breaks: on which part of the letter ({@code body}, {@code address},
 * {@code phone}, {@code signerTitle}, or {@code letter} as a whole), the reason with a better wording as a
 * {@code letters.wording.*} key, and the words at fault.
 */
@ApplicationException(rollback = true)
public class LetterWordingException extends PortalException {

    private final transient List<Reason> reasons;

    public LetterWordingException(List<WordingFinding> findings) {
        super("letters.wording.refused");
        this.reasons = findings.stream().map(f -> new Reason(f.field(), f.key(), f.arguments())).toList();
    }

    public List<Reason> reasons() {
        return reasons;
    }

    /** One broken rule: the part of the letter, the reason's key and its arguments. */
    public record Reason(String field, String key, List<String> arguments) {
    }
}
