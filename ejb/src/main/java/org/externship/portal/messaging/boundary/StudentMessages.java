package org.externship.portal.messaging.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.externship.portal.application.boundary.ApplicationSummary;
import org.externship.portal.application.boundary.MyApplications;
import org.externship.portal.identity.entity.StaffMember;
import org.externship.portal.identity.entity.StaffRole;
import org.externship.portal.learninglog.boundary.PatientPrivacy;
import org.externship.portal.letters.control.Addressee;
import org.externship.portal.letters.control.ContactAllowance;
import org.externship.portal.letters.control.MessageLimit;
import org.externship.portal.letters.control.ToneCheck;
import org.externship.portal.letters.control.ToneTexts;
import org.externship.portal.messaging.boundary.ThreadViews.Reader;
import org.externship.portal.messaging.control.Notices;
import org.externship.portal.messaging.entity.MessageThread;
import org.externship.portal.messaging.entity.ThreadMessage;
import org.externship.portal.placement.boundary.MyPlacements;
import org.externship.portal.placement.boundary.PlacementDto;
import org.externship.portal.shared.boundary.NotAllowedException;
import org.externship.portal.shared.boundary.NotFoundException;
import org.externship.portal.shared.control.PortalClock;
import org.externship.portal.shared.control.ReportsInvalidInput;
import org.externship.portal.shared.control.WorkingHours;
import org.externship.portal.shared.security.CurrentUser;
import org.externship.portal.shared.security.Roles;
import org.externship.portal.shared.tenancy.HospitalScope;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Stream;

/**
 * The signed-in student's conversations with the staff of their placements' hospitals (issue 11): the supervising
 * attendings and the hospital's coordinators. A new conversation is within the {@link MessageLimit} (a few a week
 * during a placement, a handful a year after it), worded professionally ({@link ToneCheck} advises; the student may
 * send anyway) and without patient details ({@link PatientPrivacy} refuses). A message written outside the staff
 * member's working hours waits for their next opening: the student sees when. A reply is unread until the student
 * reads their conversations or writes in that one.
 */
@Stateless
@ReportsInvalidInput
@RolesAllowed(Roles.STUDENT)
public class StudentMessages {

    private static final String TEMPLATES = "org.externship.portal.messaging.templates";

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    MyPlacements placements;

    @Inject
    MyApplications applications;

    @Inject
    PatientPrivacy privacy;

    @Inject
    ToneCheck tone;

    @Inject
    PortalClock clock;

    @Inject
    HospitalScope hospital;

    @Inject
    Notices notices;

    private final ToneTexts toneTexts = new ToneTexts();

    /** Whom the caller may write to, placement by placement (newest first): its attendings, then the coordinators. */
    public List<ContactDto> contacts() {
        Instant now = clock.now();
        List<MessageThread> mine = threadsOfMine();
        List<ContactDto> contacts = new ArrayList<>();
        for (ApplicationSummary application : placements.mine()) {
            PlacementDto placement = placements.ofApplication(application.id()).orElse(null);
            if (placement == null) {
                continue;
            }
            for (StaffMember staff : staffOf(placement)) {
                ContactAllowance allowance = allowance(mine, staff.id(), placement, now);
                contacts.add(new ContactDto(application.id(), application.externshipTitle(),
                        application.hospitalName(), placement.startDate(), placement.endDate(), staff.id(),
                        staff.fullName(), staff.role(), afterPlacement(placement, now), allowance.allowed(),
                        allowance.allowedFrom()));
            }
        }
        return contacts;
    }

    /** The formal notes offered for a conversation with {@code staffName} after a placement, filled in. */
    public List<MessageTemplate> templates(@NotBlank String staffName) {
        ResourceBundle texts = ResourceBundle.getBundle(TEMPLATES, Locale.ENGLISH);
        Object[] arguments = {Addressee.of(staffName).salutation(), user.name()};
        return Stream.of(texts.getString("keys").split(","))
                .map(key -> new MessageTemplate(key, texts.getString(key + ".label"), texts.getString(key + ".topic"),
                        new MessageFormat(texts.getString(key + ".body").replace("'", "''"), Locale.ENGLISH)
                                .format(arguments)))
                .toList();
    }

    /** The caller's conversations, newest first, with every message they wrote and every reply. */
    public List<ThreadDto> threads() {
        return ThreadViews.of(em, threadsOfMine(), Reader.STUDENT, clock.now());
    }

    /**
     * The caller reads their conversations: as {@link #threads()}, with what was unread until now, and from now on
     * read.
     */
    public List<ThreadDto> readThreads() {
        return ThreadViews.read(em, threadsOfMine(), Reader.STUDENT, clock.now());
    }

    /** The staff's replies the caller has not read: one count. */
    public long unreadCount() {
        return em.createNamedQuery(ThreadMessage.UNREAD_FOR_STUDENT, Long.class)
                .setParameter("student", user.subject())
                .setParameter("now", clock.now())
                .getSingleResult();
    }

    /**
     * Starts a conversation.
     *
     * @throws NotAllowedException {@code messages.limit} with the moment the next one is allowed
     * @throws ToneAdvisedException unless {@code sendAnyway}, when the wording reads unprofessionally
     */
    public ThreadDto start(@NotNull @Valid StartCommand command) {
        Instant now = clock.now();
        PlacementDto placement = placements.ofApplication(command.applicationId())
                .orElseThrow(() -> new NotFoundException("placement", command.applicationId()));
        StaffMember staff = staffOf(placement).stream().filter(s -> s.id().equals(command.staffId())).findFirst()
                .orElseThrow(() -> new NotFoundException("staff member", command.staffId()));
        ContactAllowance allowance = allowance(threadsOfMine(), staff.id(), placement, now);
        if (!allowance.allowed()) {
            throw new NotAllowedException("messages.limit", Date.from(allowance.allowedFrom()));
        }
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("topic", command.topic().strip());
        texts.put("body", command.body().strip());
        check(texts, staff.fullName(), command.sendAnyway());
        String alias = applications.hospitalOf(command.applicationId());
        MessageThread thread = new MessageThread(alias,
                new MessageThread.Student(user.subject(), user.name(), user.email()), command.applicationId(),
                new MessageThread.Staff(staff.id(), staff.keycloakUserId(), staff.fullName()),
                command.topic().strip(), now);
        em.persist(thread);
        deliver(thread, staff, command.body().strip(), now);
        return ThreadViews.of(em, List.of(thread), Reader.STUDENT, now).get(0);
    }

    /**
     * Writes in the caller's conversation {@code threadId}, which reads it; advice and refusals as for {@link #start}.
     */
    public ThreadDto write(long threadId, @NotBlank @Size(max = ThreadMessage.BODY_MAX) String body,
                           boolean sendAnyway) {
        Instant now = clock.now();
        MessageThread thread = threadsOfMine().stream().filter(t -> t.id() == threadId).findFirst()
                .orElseThrow(() -> new NotFoundException("conversation", threadId));
        hospital.enter(thread.hospitalAlias());
        StaffMember staff = em.find(StaffMember.class, thread.staffId());
        if (staff == null) {
            throw new NotFoundException("staff member", thread.staffId());
        }
        check(Map.of("body", body.strip()), thread.staffName(), sendAnyway);
        deliver(thread, staff, body.strip(), now);
        thread.readByStudent(now);
        return ThreadViews.of(em, List.of(thread), Reader.STUDENT, now).get(0);
    }

    private void deliver(MessageThread thread, StaffMember staff, String body, Instant now) {
        WorkingHours hours = staff.workingHours();
        ThreadMessage message = new ThreadMessage(thread, true, body, now, hours.nextOpening(now), hours.zone());
        em.persist(message);
        if (message.isDelivered(now)) {
            notices.notify(message, now);
        }
    }

    /** Patient details refuse the message; wording the tone check finds holds it for the student's decision. */
    private void check(Map<String, String> texts, String staffName, boolean sendAnyway) {
        privacy.requireDeidentified(texts);
        if (sendAnyway) {
            return;
        }
        Addressee addressee = Addressee.of(staffName);
        Map<String, List<String>> found = new LinkedHashMap<>();
        texts.forEach((field, text) -> {
            List<String> advice = tone.check(text, addressee).stream().map(f -> toneTexts.explain(f, addressee))
                    .toList();
            if (!advice.isEmpty()) {
                found.put(field, advice);
            }
        });
        if (!found.isEmpty()) {
            throw new ToneAdvisedException(toneTexts.summary(), found);
        }
    }

    private List<MessageThread> threadsOfMine() {
        return em.createNamedQuery(MessageThread.OF_STUDENT, MessageThread.class)
                .setParameter("student", user.subject())
                .getResultList();
    }

    /** The placement's attendings, then the hospital's coordinators; the placement's hospital is entered. */
    private List<StaffMember> staffOf(PlacementDto placement) {
        List<StaffMember> staff = new ArrayList<>();
        for (PlacementDto.Supervisor supervisor : placement.attendings()) {
            StaffMember attending = em.find(StaffMember.class, supervisor.staffMemberId());
            if (attending != null && attending.isActive()) {
                staff.add(attending);
            }
        }
        em.createNamedQuery(StaffMember.ACTIVE_IN_ROLE, StaffMember.class)
                .setParameter("role", StaffRole.COORDINATOR)
                .getResultStream()
                .forEach(staff::add);
        return staff;
    }

    private ContactAllowance allowance(List<MessageThread> mine, long staffId, PlacementDto placement, Instant now) {
        List<Instant> started = mine.stream().filter(t -> t.staffId() == staffId && t.isStartedByStudent())
                .map(MessageThread::startedAt).toList();
        return MessageLimit.DEFAULT.allowance(started, now, placement.startDate(), placement.endDate(),
                ZoneId.systemDefault());
    }

    private static boolean afterPlacement(PlacementDto placement, Instant now) {
        return !now.isBefore(placement.endDate().plusDays(1).atStartOfDay(ZoneId.systemDefault()).toInstant());
    }
}
