package org.externship.portal.messaging;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.externship.portal.identity.entity.StaffMember;
import org.externship.portal.learninglog.boundary.IdentifiersFoundException;
import org.externship.portal.letters.control.Addressee;
import org.externship.portal.messaging.boundary.ContactDto;
import org.externship.portal.messaging.boundary.HoursCommand;
import org.externship.portal.messaging.boundary.HoursDto;
import org.externship.portal.messaging.boundary.MessageDto;
import org.externship.portal.messaging.boundary.MessageTemplate;
import org.externship.portal.messaging.boundary.MyWorkingHours;
import org.externship.portal.messaging.boundary.ReportedMessageDto;
import org.externship.portal.messaging.boundary.ReportedMessages;
import org.externship.portal.messaging.boundary.StaffMessages;
import org.externship.portal.messaging.boundary.StartCommand;
import org.externship.portal.messaging.boundary.StudentMessages;
import org.externship.portal.messaging.boundary.ThreadDto;
import org.externship.portal.messaging.boundary.ToneAdvisedException;
import org.externship.portal.messaging.control.HeldMessages;
import org.externship.portal.notification.boundary.NotificationDto;
import org.externship.portal.notification.boundary.Notifications;
import org.externship.portal.placement.boundary.MyPlacements;
import org.externship.portal.placement.boundary.PlacementDto;
import org.externship.portal.shared.boundary.InvalidInputException;
import org.externship.portal.shared.boundary.NotAllowedException;
import org.externship.portal.shared.boundary.NotFoundException;
import org.externship.portal.shared.control.Mailer.Mail;
import org.externship.portal.shared.control.PortalClock;
import org.externship.portal.shared.control.SqlStatements;
import org.externship.portal.testing.AsAttending;
import org.externship.portal.testing.AsCoordinator;
import org.externship.portal.testing.AsStudent;
import org.externship.portal.testing.PlacedStudents;
import org.externship.portal.testing.PlacedStudents.Placed;
import org.externship.portal.testing.SentMails;
import org.externship.portal.testing.StaffedHospital;
import org.externship.portal.testing.TestData;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 11, professional contact: a student's message written outside the staff member's working hours waits for
 * their next opening (the inbox shows it, and the job sends its e-mail, only from then on, once); staff set their own
 * hours; a student starts few threads; wording advice and the patient-detail guard; nobody else reads a thread; mute
 * and report; each side's unread count (one statement) until it reads; a report tells the hospital's coordinators
 * (a notification and an e-mail without the message), who handle it once. The moments are the test's
 * (PortalClock), never waited for. H2 and PostgreSQL.
 */
@ExtendWith(ArquillianExtension.class)
class MessagesIT {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Inject
    TestData data;

    @Inject
    PlacedStudents placing;

    @Inject
    StudentMessages student;

    @Inject
    StaffMessages staff;

    @Inject
    ReportedMessages reported;

    @Inject
    MyWorkingHours hours;

    @Inject
    HeldMessages held;

    @Inject
    MyPlacements myPlacements;

    @Inject
    PortalClock clock;

    @Inject
    AsStudent asStudent;

    @Inject
    AsAttending asAttending;

    @Inject
    AsCoordinator asCoordinator;

    @Inject
    Notifications notifications;

    @Inject
    SentMails mails;

    @AfterEach
    void systemClock() {
        clock.use(null);
    }

    @Test
    void aMessageWrittenOnASaturdayNightWaitsForTheAttendingsMondayMorning() throws Exception {
        StaffedHospital a = data.staffedHospital("a");
        Placed lena = placing.place(a, "Lena Petrova", List.of(a.attending()));
        PlacementDto placement = placement(lena);
        LocalDate saturday = placement.startDate().with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
        Instant saturdayNight = saturday.atTime(22, 0).atZone(NEW_YORK).toInstant();
        Instant mondayMorning = saturday.plusDays(2).atTime(8, 0).atZone(NEW_YORK).toInstant();

        at(saturdayNight);
        ThreadDto thread = asStudent.call(() -> student.start(polite(lena, a.attending())));
        MessageDto written = thread.messages().get(0);
        assertTrue(written.held(), "held for the attending's working hours");
        assertEquals(mondayMorning, written.deliverAt(), "Monday at 8:00 in New York, the default hours and zone");
        assertEquals(NEW_YORK, written.recipientZone());
        assertFalse(held.run(saturdayNight.plus(Duration.ofHours(1))).contains(written.id()), "no e-mail at night");

        placing.signInStaff(a, a.attending());
        assertEquals(List.of(), asAttending.call(staff::inbox), "not in the attending's inbox yet");
        assertEquals(0L, asAttending.call(staff::unreadCount));

        at(mondayMorning);
        List<ThreadDto> inbox = asAttending.call(staff::inbox);
        assertEquals(List.of(thread.id()), inbox.stream().map(ThreadDto::id).toList(), "delivered at the opening");
        assertEquals(1, inbox.get(0).unread());
        assertTrue(held.run(mondayMorning.plus(Duration.ofMinutes(5))).contains(written.id()),
                "its e-mail leaves at the opening");
        assertFalse(held.run(mondayMorning.plus(Duration.ofMinutes(10))).contains(written.id()), "and never twice");

        ThreadDto replied = asAttending.call(() -> staff.reply(thread.id(), "Yes, see you then."));
        assertEquals(0, replied.unread(), "replying reads the thread");
        placing.signInStudent(lena.student(), lena.name());
        MessageDto reply = asStudent.call(student::threads).get(0).messages().get(1);
        assertFalse(reply.fromStudent());
        assertFalse(reply.held(), "staff to student: at once");
        assertFalse(held.run(mondayMorning.plus(Duration.ofMinutes(15))).contains(reply.id()),
                "the reply's e-mail went at once, not by the job");
    }

    @Test
    void staffSetTheirOwnHoursAndZone() throws Exception {
        StaffedHospital a = data.staffedHospital("a");
        Placed lena = placing.place(a, "Lena Petrova", List.of(a.attending()));
        placing.signInStaff(a, a.attending());
        assertEquals(new HoursDto("America/New_York", LocalTime.of(8, 0), LocalTime.of(18, 0),
                Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                        DayOfWeek.FRIDAY)), asAttending.call(hours::mine));
        InvalidInputException backwards = assertThrows(InvalidInputException.class, () -> asAttending.call(
                () -> hours.save(new HoursCommand("America/Los_Angeles", LocalTime.of(18, 0), LocalTime.of(8, 0),
                        Set.of(DayOfWeek.SATURDAY)))));
        assertTrue(backwards.violations().iterator().next().getPropertyPath().toString().endsWith("inOrder"));
        assertThrows(InvalidInputException.class, () -> asAttending.call(() -> hours.save(new HoursCommand(
                "Mars/Olympus_Mons", LocalTime.of(8, 0), LocalTime.of(18, 0), Set.of(DayOfWeek.SATURDAY)))));
        assertThrows(InvalidInputException.class, () -> asAttending.call(() -> hours.save(new HoursCommand(
                "America/Los_Angeles", LocalTime.of(8, 0), LocalTime.of(18, 0), Set.of()))));
        asAttending.call(() -> hours.save(new HoursCommand("America/Los_Angeles", LocalTime.of(20, 0),
                LocalTime.of(23, 0), Set.of(DayOfWeek.SATURDAY))));

        LocalDate saturday = placement(lena).startDate().with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
        at(saturday.atTime(22, 0).atZone(NEW_YORK).toInstant()); // 19:00 in Los Angeles
        MessageDto written = asStudent.call(() -> student.start(polite(lena, a.attending()))).messages().get(0);
        assertEquals(saturday.atTime(20, 0).atZone(ZoneId.of("America/Los_Angeles")).toInstant(),
                written.deliverAt(), "her own evening hours, in her own zone");
        at(saturday.atTime(20, 30).atZone(ZoneId.of("America/Los_Angeles")).toInstant());
        MessageDto inHours = asStudent.call(() -> student.write(
                asStudent.call(student::threads).get(0).id(), "Thank you, Dr. " + lastName(a.attending())
                        + ". I will bring the notes.", false)).messages().get(1);
        assertFalse(inHours.held(), "within her hours: at once");
    }

    @Test
    void aStudentStartsThreeThreadsAWeekDuringThePlacementAndTemplatesAfterIt() throws Exception {
        StaffedHospital a = data.staffedHospital("a");
        Placed lena = placing.place(a, "Lena Petrova", List.of(a.attending()));
        PlacementDto placement = placement(lena);
        Instant monday = placement.startDate().with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY)).atTime(9, 0)
                .atZone(NEW_YORK).toInstant();
        at(monday);
        asStudent.call(() -> student.start(polite(lena, a.attending())));
        at(monday.plus(Duration.ofDays(1)));
        asStudent.call(() -> student.start(polite(lena, a.attending())));
        asStudent.call(() -> student.start(polite(lena, a.coordinator())));
        at(monday.plus(Duration.ofDays(2)));
        asStudent.call(() -> student.start(polite(lena, a.attending())));
        NotAllowedException fourth = assertThrows(NotAllowedException.class,
                () -> asStudent.call(() -> student.start(polite(lena, a.attending()))));
        assertEquals("messages.limit", fourth.messageKey());
        assertEquals(Date.from(monday.plus(Duration.ofDays(7))), fourth.arguments()[0],
                "the page says when: a week after the first");
        ContactDto attending = contact(lena, a.attending());
        assertFalse(attending.allowed());
        assertEquals(monday.plus(Duration.ofDays(7)), attending.nextAllowedAt());
        assertTrue(contact(lena, a.coordinator()).allowed(), "counted per staff member");
        assertEquals(3, asStudent.call(student::threads).stream()
                .filter(t -> t.staffName().equals(a.attending().fullName())).count(), "the fourth was not sent");

        at(placement.endDate().plusDays(3).atTime(10, 0).atZone(NEW_YORK).toInstant());
        assertTrue(contact(lena, a.attending()).afterPlacement());
        List<MessageTemplate> templates = asStudent.call(() -> student.templates(a.attending().fullName()));
        assertEquals(List.of("thankYou", "applicationUpdate", "matchNews"),
                templates.stream().map(MessageTemplate::key).toList());
        assertTrue(templates.get(0).body().startsWith(Addressee.of(a.attending().fullName()).salutation()));
        for (int i = 0; i < 5; i++) {
            asStudent.call(() -> student.start(polite(lena, a.attending())));
        }
        NotAllowedException sixth = assertThrows(NotAllowedException.class,
                () -> asStudent.call(() -> student.start(polite(lena, a.attending()))));
        assertEquals("messages.limit", sixth.messageKey(), "five a year after the placement");
    }

    @Test
    void toneAdvisesAndPatientDetailsAreRefused() throws Exception {
        StaffedHospital a = data.staffedHospital("a");
        Placed lena = placing.place(a, "Lena Petrova", List.of(a.attending()));
        at(placement(lena).startDate().atTime(10, 0).atZone(NEW_YORK).toInstant());
        String first = Addressee.of(a.attending().fullName()).firstName();
        StartCommand casual = new StartCommand(lena.applicationId(), a.attending().id(), "Quick question",
                "Hi " + first + ", thx for today 😀 text me on WhatsApp", false);
        ToneAdvisedException advised = assertThrows(ToneAdvisedException.class,
                () -> asStudent.call(() -> student.start(casual)));
        assertEquals(5, advised.findingsByField().get("body").size(), advised.findingsByField().toString());
        assertEquals(List.of(), asStudent.call(student::threads), "nothing sent yet");
        ThreadDto anyway = asStudent.call(() -> student.start(new StartCommand(lena.applicationId(),
                a.attending().id(), casual.topic(), casual.body(), true)));
        assertEquals(1, anyway.messages().size(), "the student decides");

        IdentifiersFoundException patient = assertThrows(IdentifiersFoundException.class,
                () -> asStudent.call(() -> student.write(anyway.id(),
                        "Mr. Jones, MRN 48213377, asked about you.", true)));
        assertTrue(patient.findingsByField().containsKey("body"));
        assertEquals(1, asStudent.call(student::threads).get(0).messages().size(), "refused, even sent anyway");
    }

    @Test
    void nobodyElseReadsAThreadAndStaffMuteAndReport() throws Exception {
        Started started = startedOnATuesday();
        StaffedHospital a = started.a();
        StaffedHospital b = started.b();
        Placed lena = started.lena();
        Instant tuesday = started.at();
        ThreadDto thread = started.thread();
        long messageId = thread.messages().get(0).id();

        placing.signInStudent(placing.newStudent("Another student"), "Another student");
        assertEquals(List.of(), asStudent.call(student::threads));
        assertThrows(NotFoundException.class, () -> asStudent.call(() -> student.write(thread.id(), "Hello.", true)));
        assertThrows(NotFoundException.class, () -> asStudent.call(() -> student.start(polite(lena, a.attending()))),
                "another student's placement");
        placing.signInStaff(b, b.attending());
        assertEquals(List.of(), asAttending.call(staff::inbox), "another hospital's attending");
        assertThrows(NotFoundException.class, () -> asAttending.call(() -> staff.reply(thread.id(), "Hello.")));
        assertThrows(NotFoundException.class, () -> asAttending.call(() -> { staff.report(messageId); return null; }));
        placing.signInStaff(a, a.otherAttending());
        assertEquals(List.of(), asAttending.call(staff::inbox), "a colleague sees only what names them");
        assertThrows(NotFoundException.class, () -> asAttending.call(() -> { staff.mute(thread.id(), true); return null; }));

        placing.signInStaff(a, a.attending());
        assertEquals(1L, asAttending.call(staff::unreadCount));
        asAttending.call(() -> { staff.mute(thread.id(), true); return null; });
        assertEquals(0L, asAttending.call(staff::unreadCount), "muted: nothing unread");
        assertTrue(asAttending.call(staff::inbox).get(0).muted());
        asAttending.call(() -> { staff.report(messageId); return null; });

        placing.signInStudent(lena.student(), lena.name());
        at(tuesday.plus(Duration.ofHours(10))); // 20:00: after hours
        MessageDto evening = asStudent.call(() -> student.write(thread.id(), polite(lena, a.attending()).body(),
                false)).messages().get(1);
        assertTrue(evening.held());
        assertFalse(held.run(tuesday.plus(Duration.ofHours(23))).contains(evening.id()),
                "muted: no e-mail next morning either");

        placing.signInStaff(b, b.coordinator());
        assertEquals(List.of(), asCoordinator.call(reported::open), "another hospital's coordinator");
        placing.signInStaff(a, a.coordinator());
        List<ReportedMessageDto> reports = asCoordinator.call(reported::open);
        assertEquals(List.of(messageId), reports.stream().map(ReportedMessageDto::id).toList());
        assertEquals(a.attending().fullName(), reports.get(0).reportedBy());
        assertEquals("Lena Petrova", reports.get(0).studentName());
    }

    @Test
    void eachSideCountsTheOthersDeliveredMessagesUnreadUntilItReadsThem() throws Exception {
        StaffedHospital a = data.staffedHospital("a");
        StaffedHospital b = data.staffedHospital("b");
        Placed lena = placing.place(a, "Lena Petrova", List.of(a.attending()));
        LocalDate saturday = placement(lena).startDate().with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
        Instant mondayMorning = saturday.plusDays(2).atTime(8, 0).atZone(NEW_YORK).toInstant();
        at(saturday.atTime(22, 0).atZone(NEW_YORK).toInstant());
        ThreadDto thread = asStudent.call(() -> student.start(polite(lena, a.attending())));
        placing.signInStaff(a, a.attending());
        assertEquals(0L, asAttending.call(staff::unreadCount), "held for his hours: not unread yet");
        assertEquals(List.of(), asAttending.call(staff::readInbox), "nor read by opening the page before then");

        at(mondayMorning);
        assertEquals(1L, asAttending.call(staff::unreadCount), "delivered at his opening: unread from then on");
        at(mondayMorning.plus(Duration.ofHours(1)));
        placing.signInStudent(lena.student(), lena.name());
        asStudent.call(() -> student.write(thread.id(), polite(lena, a.attending()).body(), false));
        placing.signInStaff(a, a.attending());
        assertEquals(2L, asAttending.call(staff::unreadCount));
        assertEquals(1L, statementsOf(() -> asAttending.call(staff::unreadCount)), "one count, however many");
        placing.signInStaff(a, a.otherAttending());
        assertEquals(0L, asAttending.call(staff::unreadCount), "a colleague's count has none of it");
        placing.signInStaff(b, b.attending());
        assertEquals(0L, asAttending.call(staff::unreadCount), "nor another hospital's attending's");

        placing.signInStaff(a, a.attending());
        assertEquals(2, asAttending.call(staff::readInbox).get(0).unread(), "the page shows what was new");
        assertEquals(0L, asAttending.call(staff::unreadCount), "reading the conversation clears it");
        assertEquals(0, asAttending.call(staff::inbox).get(0).unread());

        placing.signInStudent(lena.student(), lena.name());
        assertEquals(0L, asStudent.call(student::unreadCount), "her own messages are not unread for her");
        at(mondayMorning.plus(Duration.ofHours(2)));
        placing.signInStaff(a, a.attending());
        asAttending.call(() -> staff.reply(thread.id(), "Yes, see you then."));
        placing.signInStudent(lena.student(), lena.name());
        assertEquals(1L, asStudent.call(student::unreadCount), "the reply is unread for the student");
        assertEquals(1L, statementsOf(() -> asStudent.call(student::unreadCount)), "one count");
        assertEquals(1, asStudent.call(student::threads).get(0).unread());
        assertEquals(1, asStudent.call(student::readThreads).get(0).unread(), "the page shows what was new");
        assertEquals(0L, asStudent.call(student::unreadCount), "reading the conversation clears it");

        at(mondayMorning.plus(Duration.ofHours(3)));
        placing.signInStaff(a, a.attending());
        asAttending.call(() -> staff.reply(thread.id(), "Please bring your notes."));
        placing.signInStudent(lena.student(), lena.name());
        assertEquals(1L, asStudent.call(student::unreadCount));
        asStudent.call(() -> student.write(thread.id(), "Thank you, Dr. " + lastName(a.attending()) + ". I will.",
                false));
        assertEquals(0L, asStudent.call(student::unreadCount), "writing in the conversation reads it");
        placing.signInStudent(UUID.randomUUID().toString(), "Another student");
        assertEquals(0L, asStudent.call(student::unreadCount), "another student's count has none of it");
    }

    @Test
    void aReportTellsTheHospitalsCoordinatorsOnlyWhoHandleItOnce() throws Exception {
        Started started = startedOnATuesday();
        StaffedHospital a = started.a();
        StaffedHospital b = started.b();
        long messageId = started.thread().messages().get(0).id();
        int earlierMails = mails.to(a.coordinator().email()).size(); // the placement's
        placing.signInStaff(a, a.attending());
        asAttending.call(() -> { staff.report(messageId); return null; });
        asAttending.call(() -> { staff.report(messageId); return null; });

        List<Mail> toCoordinator = mails.to(a.coordinator().email()).stream().skip(earlierMails).toList();
        assertEquals(1, toCoordinator.size(), "the hospital's coordinator is e-mailed, once: " + toCoordinator);
        Mail mail = toCoordinator.get(0);
        for (String text : List.of(mail.body(), mail.html())) {
            assertTrue(text.contains("Lena Petrova") && text.contains(a.attending().fullName())
                    && text.contains(started.lena().externshipTitle())
                    && text.contains("/coordinator/reported-messages.xhtml"),
                    "whose conversation, and a link: " + text);
            assertFalse(text.contains(started.thread().topic()) || text.contains("rounds on Monday"),
                    "never the message nor its subject: " + text);
        }
        assertFalse(mail.subject().contains(started.thread().topic()), mail.subject());
        assertEquals(List.of(), mails.to(b.coordinator().email()), "another hospital's coordinator: no e-mail");

        placing.signInStaff(b, b.coordinator());
        assertEquals(List.of(), reportNotices(), "another hospital's coordinator: no notification");
        assertEquals(List.of(), asCoordinator.call(reported::open));
        assertThrows(NotFoundException.class, () -> asCoordinator.call(() -> reported.handle(messageId, null)),
                "nor may they handle it");
        placing.signInStaff(a, a.coordinator());
        List<NotificationDto> notices = reportNotices();
        assertEquals(1, notices.size(), "one notification for the hospital's coordinators: " + notices);
        assertEquals(List.of("Lena Petrova", a.attending().fullName(), started.lena().externshipTitle()),
                List.of(notices.get(0).studentName(), notices.get(0).reportedBy(), notices.get(0).externshipTitle()));
        assertTrue(notices.get(0).unread());
        assertEquals(started.lena().applicationId(), notices.get(0).applicationId());

        placing.signInStaff(a, a.attending());
        assertThrows(EJBAccessException.class, () -> asAttending.call(() -> reported.handle(messageId, null)),
                "coordinators handle reports");
        placing.signInStaff(a, a.coordinator());
        assertThrows(InvalidInputException.class,
                () -> asCoordinator.call(() -> reported.handle(messageId, "x".repeat(501))), "a short note");
        assertThrows(IdentifiersFoundException.class, () -> asCoordinator.call(
                () -> reported.handle(messageId, "Called Mr. Jones, MRN 48213377, about it.")), "no patient details");
        assertEquals(List.of(messageId), asCoordinator.call(reported::open).stream().map(ReportedMessageDto::id)
                .toList(), "still open");

        at(started.at().plus(Duration.ofHours(1)));
        ReportedMessageDto handled = asCoordinator.call(() -> reported.handle(messageId,
                "  Spoke with the student about the tone.  "));
        assertEquals(List.of(a.coordinator().fullName(), "Spoke with the student about the tone."),
                List.of(handled.handledBy(), handled.handledNote()));
        assertEquals(started.at().plus(Duration.ofHours(1)), handled.handledAt());
        assertEquals(List.of(), asCoordinator.call(reported::open), "handled: off the open list");
        assertEquals(List.of(messageId), asCoordinator.call(reported::handled).stream()
                .map(ReportedMessageDto::id).toList(), "and on the handled one");
        NotAllowedException again = assertThrows(NotAllowedException.class,
                () -> asCoordinator.call(() -> reported.handle(messageId, null)));
        assertEquals("messages.handledAlready", again.messageKey());
        placing.signInStaff(b, b.coordinator());
        assertEquals(List.of(), asCoordinator.call(reported::handled), "another hospital's coordinator");
    }

    @Test
    void eachSideOfTheConversationIsItsRolesOnly() throws Exception {
        StaffedHospital a = data.staffedHospital("a");
        Placed lena = placing.place(a, "Lena Petrova", List.of(a.attending()));
        assertThrows(EJBAccessException.class, () -> asStudent.call(staff::inbox));
        assertThrows(EJBAccessException.class, () -> asStudent.call(hours::mine));
        assertThrows(EJBAccessException.class, () -> asStudent.call(reported::open));
        placing.signInStaff(a, a.attending());
        assertThrows(EJBAccessException.class, () -> asAttending.call(student::threads));
        assertThrows(EJBAccessException.class, () -> asAttending.call(() -> student.start(polite(lena,
                a.attending()))));
        assertThrows(EJBAccessException.class, () -> asAttending.call(reported::open),
                "reported messages are the coordinators'");
        placing.signInStaff(a, a.coordinator());
        assertEquals(List.of(), asCoordinator.call(staff::inbox), "a coordinator has an inbox too");
        assertEquals(List.of(), asCoordinator.call(reported::open));
    }

    /** Two hospitals; Lena Petrova, placed in {@code a}, wrote to its attending at 10:00 on a Tuesday of it. */
    private record Started(StaffedHospital a, StaffedHospital b, Placed lena, Instant at, ThreadDto thread) {
    }

    private Started startedOnATuesday() throws Exception {
        StaffedHospital a = data.staffedHospital("a");
        StaffedHospital b = data.staffedHospital("b");
        Placed lena = placing.place(a, "Lena Petrova", List.of(a.attending()));
        Instant tuesday = placement(lena).startDate().with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY))
                .atTime(10, 0).atZone(NEW_YORK).toInstant();
        at(tuesday);
        return new Started(a, b, lena, tuesday, asStudent.call(() -> student.start(polite(lena, a.attending()))));
    }

    /** The caller's notifications of reported messages. */
    private List<NotificationDto> reportNotices() throws Exception {
        return asCoordinator.call(notifications::latest).stream().filter(NotificationDto::messageReported).toList();
    }

    private static long statementsOf(Callable<?> call) throws Exception {
        long before = SqlStatements.byThisThread();
        call.call();
        return SqlStatements.byThisThread() - before;
    }

    private ContactDto contact(Placed placed, StaffMember member) throws Exception {
        return asStudent.call(student::contacts).stream()
                .filter(c -> c.applicationId() == placed.applicationId() && c.staffId() == member.id())
                .findFirst().orElseThrow();
    }

    private PlacementDto placement(Placed placed) throws Exception {
        placing.signInStudent(placed.student(), placed.name());
        return asStudent.call(() -> myPlacements.ofApplication(placed.applicationId())).orElseThrow();
    }

    private void at(Instant moment) {
        clock.use(Clock.fixed(moment, ZoneId.systemDefault()));
    }

    private static String lastName(StaffMember member) {
        return Addressee.of(member.fullName()).lastName();
    }

    private static StartCommand polite(Placed placed, StaffMember to) {
        return new StartCommand(placed.applicationId(), to.id(), "Rounds on Monday",
                "Dear Dr. " + lastName(to) + ",\n\nMay I join the team for rounds on Monday at seven? I would like "
                        + "to present the case I followed last week.\n\nThank you,\n" + placed.name(), false);
    }
}
