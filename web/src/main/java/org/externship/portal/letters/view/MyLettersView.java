package org.externship.portal.letters.view;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.externship.portal.letters.boundary.AskableAttending;
import org.externship.portal.letters.boundary.LetterRequestDto;
import org.externship.portal.letters.boundary.LetterRequests;
import org.externship.portal.shared.boundary.PortalException;
import org.externship.portal.shared.view.Feedback;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * student/letters.xhtml: the student's letters of recommendation, placement by placement: whom they may ask, when
 * asking opens, and where each request stands (its status only: never a letter's content).
 */
@Named
@ViewScoped
public class MyLettersView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    LetterRequests letters;

    private List<PlacementLetters> placements = List.of();

    @Inject
    Feedback feedback;

    /** Waives the right to read the letter of request {@code requestId}, or keeps it: until the letter is written. */
    public void waive(long requestId, boolean waived) {
        try {
            letters.waive(requestId, waived);
            feedback.info("letters.waiveChanged",
                    feedback.text(waived ? "letters.waived" : "letters.notWaivedText"));
        } catch (PortalException e) {
            feedback.error(e);
        }
        load();
    }

    /** Asks the portal to pass on a polite reminder of request {@code requestId} in the attending's working hours. */
    public void nudge(long requestId) {
        try {
            LetterRequestDto nudged = letters.nudge(requestId);
            feedback.info("letters.nudge.sent", nudged.attendingName());
        } catch (PortalException e) {
            feedback.error(e);
        }
        load();
    }

    public Instant getNow() {
        return Instant.now();
    }

    @PostConstruct
    void load() {
        Map<Long, List<AskableAttending>> byPlacement = new LinkedHashMap<>();
        for (AskableAttending attending : letters.askable()) {
            byPlacement.computeIfAbsent(attending.applicationId(), id -> new ArrayList<>()).add(attending);
        }
        placements = byPlacement.values().stream().map(PlacementLetters::new).toList();
    }

    /** The student's placements, each with the attendings they may ask. */
    public List<PlacementLetters> getPlacements() {
        return placements;
    }

    /** One placement and its attendings; the window is the placement's. */
    public record PlacementLetters(List<AskableAttending> attendings) {

        public AskableAttending first() {
            return attendings.get(0);
        }
    }
}
