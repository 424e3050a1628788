package org.externship.portal.rotation.view;

import org.externship.portal.placement.boundary.PlacementDto;
import org.externship.portal.rotation.boundary.PlacementChange;
import org.externship.portal.rotation.boundary.PlacementSlot;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The calendar's edit panel: a placement's period and its attendings, named like {@link PlacementChange}'s. */
public class PlacementEditForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private long placementId;
    private Long periodId;
    private List<Long> attendingIds = new ArrayList<>();

    public static PlacementEditForm of(PlacementSlot placement) {
        PlacementEditForm form = new PlacementEditForm();
        form.placementId = placement.placementId();
        form.periodId = placement.periodId();
        form.attendingIds = new ArrayList<>(placement.attendings().stream()
                .map(PlacementDto.Supervisor::staffMemberId).toList());
        return form;
    }

    /** The change to save; a period left unchosen is the one the placement has. */
    public PlacementChange toChange(PlacementSlot placement) {
        return new PlacementChange(placementId, periodId == null ? placement.periodId() : periodId, attendingIds);
    }

    /** Whether the form asks for another period or other attendings than {@code placement} has. */
    public boolean changes(PlacementSlot placement) {
        return toChange(placement).periodId() != placement.periodId()
                || !Set.copyOf(attendingIds).equals(placement.attendings().stream()
                        .map(PlacementDto.Supervisor::staffMemberId).collect(Collectors.toSet()));
    }

    public Long getPeriodId() {
        return periodId;
    }

    public void setPeriodId(Long periodId) {
        this.periodId = periodId;
    }

    public List<Long> getAttendingIds() {
        return attendingIds;
    }

    public void setAttendingIds(List<Long> attendingIds) {
        this.attendingIds = attendingIds == null ? new ArrayList<>() : attendingIds;
    }
}
