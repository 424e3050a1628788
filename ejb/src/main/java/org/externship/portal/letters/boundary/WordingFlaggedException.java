package org.externship.portal.letters.boundary;

import jakarta.ejb.ApplicationException;
import org.externship.portal.shared.boundary.PortalException;

import java.util.List;
import java.util.Map;

/**
 * A letter request reads less professionally than the student means, or asks for the letter too soon: nothing is
 * sent. Carries, per field ({@code message}, {@code wantedBy}), which words or what and why, with a better wording.
 */
@ApplicationException(rollback = true)
public class WordingFlaggedException extends PortalException {

    private final transient Map<String, List<String>> findingsByField;

    public WordingFlaggedException(String summary, Map<String, List<String>> findingsByField) {
        super("letters.wordingFlagged", summary);
        this.findingsByField = Map.copyOf(findingsByField);
    }

    public Map<String, List<String>> findingsByField() {
        return findingsByField;
    }
}
