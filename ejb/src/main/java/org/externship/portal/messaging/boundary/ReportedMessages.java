package org.externship.portal.messaging.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.Size;
import org.externship.portal.learninglog.boundary.PatientPrivacy;
import org.externship.portal.messaging.entity.ThreadMessage;
import org.externship.portal.shared.boundary.NotFoundException;
import org.externship.portal.shared.boundary.Text;
import org.externship.portal.shared.control.PortalClock;
import org.externship.portal.shared.control.ReportsInvalidInput;
import org.externship.portal.shared.security.CurrentUser;
import org.externship.portal.shared.security.Roles;
import org.externship.portal.shared.tenancy.TenantContext;
import org.externship.portal.shared.tenancy.TenantIsolated;

import java.util.List;
import java.util.Map;

/**
 * The coordinator's review of the students' messages their hospital's staff reported: the open reports, newest
 * first; a coordinator marks one handled, with an optional short note, and it moves to the handled ones. Another
 * hospital's report is not found.
 */
@Stateless
@TenantIsolated
@ReportsInvalidInput
@RolesAllowed(Roles.COORDINATOR)
public class ReportedMessages {

    /** How many handled reports the handled list shows, the latest first. */
    public static final int HANDLED_SHOWN = 50;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    TenantContext tenant;

    @Inject
    CurrentUser user;

    @Inject
    PortalClock clock;

    @Inject
    PatientPrivacy privacy;

    /** The reports no coordinator has handled yet, newest report first. */
    public List<ReportedMessageDto> open() {
        return reports(ThreadMessage.REPORTED).getResultStream().map(ReportedMessageDto::of).toList();
    }

    /** The latest {@value #HANDLED_SHOWN} handled reports, the most recently handled first. */
    public List<ReportedMessageDto> handled() {
        return reports(ThreadMessage.HANDLED).setMaxResults(HANDLED_SHOWN).getResultStream()
                .map(ReportedMessageDto::of).toList();
    }

    /**
     * The caller handled the report of message {@code messageId}; {@code note} (optional) says how.
     *
     * @throws org.externship.portal.shared.boundary.NotAllowedException {@code messages.handledAlready}
     */
    public ReportedMessageDto handle(long messageId, @Size(max = ThreadMessage.NOTE_MAX) String note) {
        ThreadMessage message = em.find(ThreadMessage.class, messageId);
        if (message == null || message.reportedAt() == null
                || !message.hospitalAlias().equals(tenant.requireTenant())) {
            throw new NotFoundException("reported message", messageId);
        }
        String text = Text.trimmed(note);
        if (text != null) {
            privacy.requireDeidentified(Map.of("note", text));
        }
        message.handle(user.name(), text, clock.now());
        return ReportedMessageDto.of(message);
    }

    private TypedQuery<ThreadMessage> reports(String query) {
        return em.createNamedQuery(query, ThreadMessage.class).setParameter("hospital", tenant.requireTenant());
    }
}
