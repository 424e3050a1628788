package org.externship.portal.learninglog.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import org.externship.portal.learninglog.control.DeidentificationGuard;
import org.externship.portal.learninglog.control.DeidentificationTexts;
import org.externship.portal.learninglog.control.Finding;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one check of every free text that may hold patient details (log entries, stories, feedback, later a letter's
 * packet): HIPAA Safe Harbor identifiers found by {@link DeidentificationGuard} stop the save, whatever page sent it.
 */
@ApplicationScoped
public class PatientPrivacy {

    private final DeidentificationGuard guard = new DeidentificationGuard();
    private final DeidentificationTexts texts = new DeidentificationTexts();

    /**
     * @param textsByField the texts to check, by field name (null texts are skipped)
     * @throws IdentifiersFoundException naming, per field, the words found, why and what to write instead
     */
    public void requireDeidentified(Map<String, String> textsByField) {
        Map<String, List<String>> found = new LinkedHashMap<>();
        textsByField.forEach((field, text) -> {
            List<Finding> findings = text == null ? List.of() : guard.check(text);
            if (!findings.isEmpty()) {
                found.put(field, findings.stream().map(texts::explain).toList());
            }
        });
        if (!found.isEmpty()) {
            throw new IdentifiersFoundException(texts.summary(), found);
        }
    }
}
