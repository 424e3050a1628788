package org.externship.portal.application.control;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.externship.portal.application.boundary.ApplicationStatusChanged;
import org.externship.portal.application.entity.Actor;
import org.externship.portal.application.entity.Application;
import org.externship.portal.application.entity.ApplicationStatus;

import java.time.Instant;

/**
 * Moves an application on and tells the portal: the application refuses a move its workflow does not allow; a move
 * it makes is fired as {@link ApplicationStatusChanged} within the transaction. Every boundary moves applications
 * through here, so no move goes unobserved; a move into or out of a seat (offered, accepted) recounts the period's
 * held seats ({@link SeatLedger#recount}).
 */
@Dependent
public class StatusChanges {

    @Inject
    Event<ApplicationStatusChanged> changed;

    @Inject
    SeatLedger seats;

    public void move(Application application, String hospitalAlias, ApplicationStatus next, Actor actor,
                     String actorName, String note, Instant now, Instant offerExpiresAt) {
        ApplicationStatus previous = application.status();
        application.moveTo(next, actor, actorName, note, now, offerExpiresAt);
        if (holdsSeat(previous) || holdsSeat(next)) {
            seats.recount(application.period(), now);
        }
        changed.fire(ApplicationStatusChanged.of(application, previous, hospitalAlias, actor, now, note));
    }

    private static boolean holdsSeat(ApplicationStatus status) {
        return status == ApplicationStatus.OFFERED || status == ApplicationStatus.ACCEPTED;
    }
}
