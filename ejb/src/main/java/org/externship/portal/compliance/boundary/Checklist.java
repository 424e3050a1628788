package org.externship.portal.compliance.boundary;

import org.externship.portal.placement.entity.PlacementProgress;

import java.time.LocalDate;
import java.util.List;

/** A placement's onboarding checklist: the placement, and each requirement with where it stands today. */
public record Checklist(long placementId, long applicationId, String studentName, String externshipTitle,
        String hospitalName, LocalDate startDate, LocalDate endDate, PlacementProgress progress, List<ItemDto> items) {

    public Checklist {
        items = List.copyOf(items);
    }

    /** The current requirements not met: not verified, or lapsed. */
    public List<String> unmet() {
        return items.stream().filter(i -> !i.retired() && !i.standing().met()).map(ItemDto::requirement).toList();
    }

    /** The items the student may hand in evidence for now. */
    public List<ItemDto> openItems() {
        return items.stream().filter(ItemDto::openToHandIn).toList();
    }

    /** Green: every current requirement verified and not lapsed. */
    public boolean ready() {
        return unmet().isEmpty();
    }
}
