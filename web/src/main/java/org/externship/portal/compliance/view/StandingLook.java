package org.externship.portal.compliance.view;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.externship.portal.compliance.entity.Standing;

/**
 * How a checklist item's standing looks, the same to the student and the coordinator
 * ({@code #{standingLook.severity(i.standing())}}): green when verified, amber while it waits for a check or expires
 * within 30 days, red when missing, rejected or lapsed; the words say the same, so colour is never the only sign.
 */
@Named
@ApplicationScoped
public class StandingLook {

    public String severity(Standing standing) {
        if (standing == null) {
            return "danger";
        }
        return switch (standing) {
            case VERIFIED -> "success";
            case SUBMITTED, EXPIRING -> "warning";
            case MISSING, REJECTED, LAPSED -> "danger";
        };
    }
}
