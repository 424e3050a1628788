package org.externship.portal.learninglog.boundary;

import jakarta.ejb.ApplicationException;
import org.externship.portal.shared.boundary.PortalException;

import java.util.List;
import java.util.Map;

/**
 * A free text holds what looks like a patient identifier: nothing is saved. Carries, per field, which words and why,
 * with a hint how to say it instead, in the student's words, so the page can show each next to its field.
 */
@ApplicationException(rollback = true)
public class IdentifiersFoundException extends PortalException {

    private final transient Map<String, List<String>> findingsByField;

    public IdentifiersFoundException(String summary, Map<String, List<String>> findingsByField) {
        super("log.identifiersFound", summary);
        this.findingsByField = Map.copyOf(findingsByField);
    }

    /** Per field name ({@code topic}, {@code notes}, ...), the explanations of what was found there. */
    public Map<String, List<String>> findingsByField() {
        return findingsByField;
    }
}
