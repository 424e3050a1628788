package org.externship.portal.rotation.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.externship.portal.identity.entity.StaffMember;
import org.externship.portal.placement.entity.Placement;
import org.externship.portal.rotation.boundary.EvaluationDue;
import org.externship.portal.rotation.entity.Evaluation;
import org.externship.portal.rotation.entity.EvaluationReminder;
import org.externship.portal.shared.control.Mailer;
import org.externship.portal.shared.control.ReminderPlan;
import org.externship.portal.shared.control.WorkingHours;
import org.externship.portal.shared.tenancy.HospitalScope;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The evaluation reminders of one hospital, each in a transaction of its own (for {@link EvaluationFollowUps}). An
 * evaluation opens in the placement's final week and is due two weeks after its last day; a supervising attending
 * who has not sent theirs is reminded by the letters' rules ({@link ReminderPlan}): the day after the placement
 * ends, a week later and two days before the due date, at most three, each at 09:00 or the next opening of their
 * working hours, never two within 48 hours, none after the due date. The reminder's row is locked while it is
 * claimed, so two nodes send each reminder once.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class EvaluationReminders {

    /** Days from the placement's last day to the evaluation's due date. */
    static final int DUE_AFTER_DAYS = EvaluationDue.DUE_AFTER_DAYS;
    static final ReminderPlan PLAN = new ReminderPlan(List.of(13, 7, 2), LocalTime.of(9, 0), Duration.ofHours(48));

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    HospitalScope hospital;

    @Inject
    Mailer mailer;

    @Inject
    @ConfigProperty(name = "portal.base-url")
    String baseUrl;

    private final CompletionMail mails = new CompletionMail();

    /** A supervising attending of a placement whose reminder is due. */
    public record Due(long placementId, long attendingStaffId) {
    }

    /** The reminders of the hospital due at {@code now}: a few queries, whatever the number of placements. */
    public List<Due> due(String hospitalAlias, Instant now, LocalDate today) {
        hospital.enter(hospitalAlias);
        List<Placement> open = em.createNamedQuery(Placement.ENDING_BETWEEN, Placement.class)
                .setParameter("from", today.minusDays(DUE_AFTER_DAYS))
                .setParameter("to", today.plusDays(6))
                .getResultList();
        if (open.isEmpty()) {
            return List.of();
        }
        List<Long> ids = open.stream().map(Placement::id).toList();
        Set<String> evaluated = em.createNamedQuery(Evaluation.OF_PLACEMENTS, Evaluation.class)
                .setParameter("hospital", hospitalAlias).setParameter("placements", ids).getResultStream()
                .map(e -> e.placementId() + "/" + e.attendingStaffId()).collect(Collectors.toCollection(HashSet::new));
        Map<String, EvaluationReminder> reminders = em.createNamedQuery(EvaluationReminder.OF_PLACEMENTS,
                        EvaluationReminder.class)
                .setParameter("hospital", hospitalAlias).setParameter("placements", ids).getResultStream()
                .collect(Collectors.toMap(r -> r.placementId() + "/" + r.attendingStaffId(), Function.identity()));
        List<Due> due = new ArrayList<>();
        for (Placement placement : open) {
            for (StaffMember attending : placement.attendings()) {
                String key = placement.id() + "/" + attending.id();
                if (!evaluated.contains(key)
                        && next(placement, attending, reminders.get(key), now).filter(at -> !at.isAfter(now))
                        .isPresent()) {
                    due.add(new Due(placement.id(), attending.id()));
                }
            }
        }
        return due;
    }

    /** Sends the reminder if it is still due and the attending is within working hours; false when not (yet). */
    public boolean remind(String hospitalAlias, Due due, Instant now) {
        hospital.enter(hospitalAlias);
        Placement placement = em.find(Placement.class, due.placementId());
        StaffMember attending = em.find(StaffMember.class, due.attendingStaffId());
        if (placement == null || attending == null || !placement.attendings().contains(attending)) {
            return false;
        }
        EvaluationReminder reminder = claim(hospitalAlias, due);
        boolean evaluated = !em.createNamedQuery(Evaluation.OF_PLACEMENT, Evaluation.class)
                .setParameter("hospital", hospitalAlias).setParameter("placement", due.placementId())
                .getResultStream().filter(e -> e.attendingStaffId() == due.attendingStaffId()).toList().isEmpty();
        Optional<Instant> next = next(placement, attending, reminder, now);
        if (evaluated || next.isEmpty() || next.get().isAfter(now) || !attending.workingHours().contains(now)) {
            return false;
        }
        reminder.sent(now);
        mailer.sendAfterCommit(mails.reminder(attending.email(), attending.fullName(), placement.studentName(),
                placement.externshipTitle(), placement.endDate(), dueDate(placement), reminder.sent(),
                PLAN.daysBeforeDue().size(), baseUrl + "/attending/wrap-up.xhtml?placement=" + placement.id()));
        return true;
    }

    private EvaluationReminder claim(String hospitalAlias, Due due) {
        Optional<EvaluationReminder> known = em.createNamedQuery(EvaluationReminder.ONE, EvaluationReminder.class)
                .setParameter("hospital", hospitalAlias).setParameter("placement", due.placementId())
                .setParameter("attending", due.attendingStaffId())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
        if (known.isPresent()) {
            return known.get();
        }
        // a node that inserts the same row at the same moment fails on the unique key and sends nothing
        EvaluationReminder made = new EvaluationReminder(hospitalAlias, due.placementId(), due.attendingStaffId());
        em.persist(made);
        em.flush();
        return made;
    }

    private static Optional<Instant> next(Placement placement, StaffMember attending, EvaluationReminder reminder,
            Instant now) {
        WorkingHours hours = attending.workingHours();
        Instant opens = placement.completableFrom().atStartOfDay(hours.zone()).toInstant();
        return PLAN.next(opens, dueDate(placement), hours, reminder == null ? 0 : reminder.sent(),
                reminder == null ? null : reminder.lastSentAt(), now);
    }

    private static LocalDate dueDate(Placement placement) {
        return placement.endDate().plusDays(DUE_AFTER_DAYS);
    }
}
