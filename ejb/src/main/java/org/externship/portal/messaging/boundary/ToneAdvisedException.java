package org.externship.portal.messaging.boundary;

import jakarta.ejb.ApplicationException;
import org.externship.portal.shared.boundary.PortalException;

import java.util.List;
import java.util.Map;

/**
 * A student's message reads less professionally than they likely mean: nothing is sent yet. Carries, per field
 * ({@code topic}, {@code body}), which words, why and a better wording. Advice only: the student may send anyway.
 */
@ApplicationException(rollback = true)
public class ToneAdvisedException extends PortalException {

    private final transient Map<String, List<String>> findingsByField;

    public ToneAdvisedException(String summary, Map<String, List<String>> findingsByField) {
        super("messages.toneAdvised", summary);
        this.findingsByField = Map.copyOf(findingsByField);
    }

    public Map<String, List<String>> findingsByField() {
        return findingsByField;
    }
}
