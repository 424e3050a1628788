package org.externship.portal.letters.control;

import org.externship.portal.shared.control.ReminderPlan;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.externship.portal.identity.entity.StaffMember;
import org.externship.portal.letters.entity.DeliveryKind;
import org.externship.portal.letters.entity.DeliveryStatus;
import org.externship.portal.letters.entity.LetterAccess;
import org.externship.portal.letters.entity.LetterDelivery;
import org.externship.portal.letters.entity.LetterRequest;
import org.externship.portal.letters.entity.LetterVersion;
import org.externship.portal.letters.entity.RequestStatus;
import org.externship.portal.shared.control.Mailer;
import org.externship.portal.shared.control.WorkingHours;
import org.externship.portal.shared.tenancy.HospitalScope;
import org.externship.portal.tenant.entity.Hospital;

import java.time.Instant;
import java.util.List;

/**
 * Sends one letter follow-up in a transaction of its own, inside the request's hospital (for {@link LetterFollowUps}):
 * a reminder to the attending, or a student's nudge, only within the attending's working hours; outside them it
 * waits for their next opening. The request's row is locked while it is claimed, so two nodes that find the same
 * follow-up due send it once; the e-mail leaves after the claim commits. An attending the hospital deactivated is
 * never mailed: their follow-ups wait, untouched, and go out should they be reactivated. Their complete letters still
 * reach the recipients the student names by link: the portal sends those links in their stead
 * ({@link #sendForWriter}); an upload to the residency application service only they can make.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class FollowUpSender {

    private static final List<RequestStatus> OPEN = List.of(RequestStatus.REQUESTED, RequestStatus.ACCEPTED,
            RequestStatus.IN_PROGRESS);

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    HospitalScope hospital;

    @Inject
    Mailer mailer;

    @Inject
    LinkDelivery links;

    @Inject
    AccessTrail trail;

    @Inject
    @ConfigProperty(name = "portal.base-url")
    String baseUrl;

    private final ReminderPlan plan = ReminderPlan.DEFAULT;
    private final FollowUpMail mails = new FollowUpMail();

    /** A request of the hospital with a reminder due or a nudge waiting. */
    public record Due(long request, boolean reminder, boolean nudge) {
    }

    public List<Due> due(String hospitalAlias, Instant now) {
        hospital.enter(hospitalAlias);
        return em.createNamedQuery(LetterRequest.FOLLOW_UPS_DUE, LetterRequest.class)
                .setParameter("hospital", hospitalAlias).setParameter("open", OPEN).setParameter("now", now)
                .getResultStream()
                .map(r -> new Due(r.id(), r.nextReminderAt() != null && !r.nextReminderAt().isAfter(now),
                        r.isNudgePending()))
                .toList();
    }

    /** The reminder of request {@code id} due at {@code now}, if still due; false when not sent (yet). */
    public boolean remind(String hospitalAlias, long id, Instant now) {
        hospital.enter(hospitalAlias);
        LetterRequest request = claim(id);
        if (request == null || request.nextReminderAt() == null || request.nextReminderAt().isAfter(now)
                || request.status() == RequestStatus.REQUESTED) {
            return false;
        }
        StaffMember attending = em.find(StaffMember.class, request.attendingStaffId());
        if (!attending.isActive()) {
            return false; // deactivated: never mailed; due again should they be reactivated
        }
        WorkingHours working = attending.workingHours();
        if (!working.contains(now)) {
            request.remindLater(working.nextOpening(now));
            return false;
        }
        int number = request.remindersSent() + 1;
        request.reminded(now, plan.next(request.answeredAt(), request.dueDate(), working, number, now, now)
                .orElse(null));
        mailer.sendAfterCommit(mails.reminder(request, attending.email(), number, link(request)));
        return true;
    }

    /** The student's waiting nudge of request {@code id}, if the attending is within their working hours. */
    public boolean passOnNudge(String hospitalAlias, long id, Instant now) {
        hospital.enter(hospitalAlias);
        LetterRequest request = claim(id);
        if (request == null || !request.isNudgePending() || !request.status().isOpen()) {
            return false;
        }
        StaffMember attending = em.find(StaffMember.class, request.attendingStaffId());
        if (!attending.isActive() || !attending.workingHours().contains(now)) {
            return false;
        }
        request.nudgeSent();
        mailer.sendAfterCommit(mails.nudge(request, attending.email(), link(request)));
        return true;
    }

    /**
     * The hospital's link deliveries that wait for a writer it has deactivated ({@link StaffMember#isActive}): the
     * portal sends them in the writer's stead ({@link #sendForWriter}).
     */
    public List<Long> linksForDeactivatedWriters(String hospitalAlias) {
        hospital.enter(hospitalAlias);
        return em.createNamedQuery(LetterDelivery.LINKS_WAITING, Object[].class)
                .setParameter("hospital", hospitalAlias).setParameter("link", DeliveryKind.LINK)
                .setParameter("waiting", DeliveryStatus.WAITING)
                .getResultStream()
                .filter(row -> !writerActive((Long) row[1]))
                .map(row -> (Long) row[0])
                .toList();
    }

    /**
     * Sends link delivery {@code deliveryId} for its writer, whom the hospital deactivated after the letter was
     * complete (a finished letter is the writer's work, and the student may send it on): if it still waits, its
     * letter is complete and its writer still deactivated. The delivery's row is locked while it is claimed, so two
     * nodes send it once. On the trail as the portal.
     */
    public boolean sendForWriter(String hospitalAlias, long deliveryId) {
        hospital.enter(hospitalAlias);
        LetterDelivery delivery = em.find(LetterDelivery.class, deliveryId, LockModeType.PESSIMISTIC_WRITE);
        if (delivery == null || !delivery.isWaiting() || delivery.kind() != DeliveryKind.LINK) {
            return false;
        }
        LetterRequest request = claim(delivery.requestId());
        if (request == null || !request.isFinished() || writerActive(request.attendingStaffId())) {
            return false;
        }
        Hospital named = em.createNamedQuery(Hospital.BY_ALIAS, Hospital.class).setParameter("alias", hospitalAlias)
                .getSingleResult();
        links.send(request, delivery, named.name(), true);
        Integer version = em.createNamedQuery(LetterVersion.OF_REQUEST, LetterVersion.class)
                .setParameter("request", request.id()).setMaxResults(1).getResultStream().findFirst()
                .map(LetterVersion::number).orElse(null);
        trail.recordPortal(hospitalAlias, request.id(), version, LetterAccess.Action.SENT);
        return true;
    }

    /** Whether the writer, staff member {@code staffId} of the hospital entered, still works with it. */
    private boolean writerActive(long staffId) {
        StaffMember writer = em.find(StaffMember.class, staffId);
        return writer != null && writer.isActive();
    }

    private LetterRequest claim(long id) {
        return em.find(LetterRequest.class, id, LockModeType.PESSIMISTIC_WRITE);
    }

    private String link(LetterRequest request) {
        return request.status() == RequestStatus.REQUESTED ? baseUrl + "/attending/letters.xhtml"
                : baseUrl + "/attending/letter.xhtml?request=" + request.id();
    }
}
