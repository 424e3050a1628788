package org.externship.portal.messaging.view;

import org.externship.portal.learninglog.boundary.IdentifiersFoundException;

import java.util.List;

/**
 * The guard's refusal of a text typed in a list (a reply in a conversation, a note on a report), where the field has
 * no message of its own: its summary and the findings of {@code field}, said at the top of the page.
 */
final class PatientDetails {

    private PatientDetails() {
    }

    static String refused(IdentifiersFoundException e, String field) {
        return e.arguments()[0] + " " + String.join(" ", e.findingsByField().getOrDefault(field, List.of()));
    }
}
