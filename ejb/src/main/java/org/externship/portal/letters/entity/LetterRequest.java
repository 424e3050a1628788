package org.externship.portal.letters.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A student's request to an attending who supervised their placement for a letter of recommendation (issue 11). The
 * student's (by subject) and the placement's hospital's (tenant): the attending answers it while acting for that
 * hospital. The attending's and the student's names are kept as they were when asked.
 */
@Entity
@Table(name = "letter_request")
@NamedQuery(name = LetterRequest.OF_STUDENT, query = "select r from LetterRequest r "
        + "where r.studentSubject = :student order by r.askedAt desc, r.id desc")
@NamedQuery(name = LetterRequest.ONE_OF_STUDENT, query = "select r from LetterRequest r "
        + "where r.id = :id and r.studentSubject = :student")
@NamedQuery(name = LetterRequest.FOR_ATTENDING, query = "select r from LetterRequest r "
        + "where r.hospitalAlias = :hospital and r.attendingSubject = :attending order by r.askedAt, r.id")
@NamedQuery(name = LetterRequest.ONE_FOR_ATTENDING, query = "select r from LetterRequest r "
        + "where r.id = :id and r.hospitalAlias = :hospital and r.attendingSubject = :attending")
@NamedQuery(name = LetterRequest.FOLLOW_UPS_DUE, query = "select r from LetterRequest r "
        + "where r.hospitalAlias = :hospital and r.status in :open "
        + "and (r.nextReminderAt <= :now or r.nudgePending = true)")
public class LetterRequest {

    public static final String OF_STUDENT = "LetterRequest.ofStudent";
    public static final String ONE_OF_STUDENT = "LetterRequest.oneOfStudent";
    public static final String FOR_ATTENDING = "LetterRequest.forAttending";
    public static final String ONE_FOR_ATTENDING = "LetterRequest.oneForAttending";
    public static final String FOLLOW_UPS_DUE = "LetterRequest.followUpsDue";
    public static final int MESSAGE_MAX = 4000;
    public static final int SPECIALTIES_MAX = 300;
    public static final int GOALS_MAX = 4000;
    public static final int HIGHLIGHTS_MAX = 10;

    @Id
    @SequenceGenerator(name = "portal_seq", sequenceName = "portal_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "portal_seq")
    private Long id;

    @Column(name = "student_subject", nullable = false, length = 64)
    private String studentSubject;

    @Column(name = "student_name", nullable = false, length = 160)
    private String studentName;

    @Column(name = "tenant_id", nullable = false, length = 40)
    private String hospitalAlias;

    @Column(name = "placement_id", nullable = false)
    private long placementId;

    @Column(name = "application_id", nullable = false)
    private long applicationId;

    @Column(name = "externship_title", length = 160)
    private String externshipTitle;

    @Column(name = "placement_start")
    private LocalDate placementStart;

    @Column(name = "placement_end")
    private LocalDate placementEnd;

    @Column(name = "attending_staff_id", nullable = false)
    private long attendingStaffId;

    @Column(name = "attending_subject", nullable = false, length = 64)
    private String attendingSubject;

    @Column(name = "attending_name", nullable = false, length = 160)
    private String attendingName;

    @Column(name = "message", nullable = false, length = MESSAGE_MAX)
    private String message;

    /** The day the student's applications need the letter, if they said; at least the notice period away. */
    @Column(name = "wanted_by")
    private LocalDate wantedBy;

    /** Whether the student waives the right to read the letter (the default); fixed once the letter is written. */
    @Column(name = "waived", nullable = false)
    private boolean waived;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private RequestStatus status;

    @Column(name = "asked_at", nullable = false)
    private Instant askedAt;

    @Column(name = "answered_at")
    private Instant answeredAt;

    /** The day the attending expects to finish, once they accept. */
    @Column(name = "due_date")
    private LocalDate dueDate;

    /** A colleague of the same hospital the attending suggests on declining, whom the student may ask at once. */
    @Column(name = "suggested_staff_id")
    private Long suggestedStaffId;

    @Column(name = "suggested_name", length = 160)
    private String suggestedName;

    @Column(name = "target_specialties", length = SPECIALTIES_MAX)
    private String targetSpecialties;

    @Column(name = "goals", length = GOALS_MAX)
    private String goals;

    /** The learning-log entries of the placement the student highlights, by id, comma-separated. */
    @Column(name = "highlighted_entries", length = 400)
    private String highlightedEntries;

    /** Whether the packet includes the student's CV: the one in their clinical passport when the attending opens it. */
    @Column(name = "include_cv", nullable = false)
    private boolean includeCv;

    /** When the attending last wrote a version of the letter. */
    @Column(name = "written_at")
    private Instant writtenAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    /** Where the student heard from the portal when they asked: they are told when the attending answers. */
    @Column(name = "student_email", length = 254)
    private String studentEmail;

    @Column(name = "reminders_sent", nullable = false)
    private int remindersSent;

    @Column(name = "last_reminder_at")
    private Instant lastReminderAt;

    /** When the next reminder to the attending is due; none planned when null. */
    @Column(name = "next_reminder_at")
    private Instant nextReminderAt;

    /** When the student last nudged (at most once a week). */
    @Column(name = "nudged_at")
    private Instant nudgedAt;

    /** A nudge waits for the attending's working hours. */
    @Column(name = "nudge_pending", nullable = false)
    private boolean nudgePending;

    @Version
    @Column(nullable = false)
    private long version;

    protected LetterRequest() {
        // for JPA
    }

    public LetterRequest(String studentSubject, String studentName, String studentEmail, String hospitalAlias,
                         About about, long attendingStaffId, String attendingSubject, String attendingName,
                         String message, LocalDate wantedBy, boolean waived, Packet packet, Instant now) {
        this.studentSubject = Objects.requireNonNull(studentSubject);
        this.studentEmail = studentEmail;
        this.studentName = Objects.requireNonNull(studentName);
        this.hospitalAlias = Objects.requireNonNull(hospitalAlias);
        this.placementId = about.placementId();
        this.applicationId = about.applicationId();
        this.externshipTitle = Objects.requireNonNull(about.externshipTitle());
        this.placementStart = Objects.requireNonNull(about.start());
        this.placementEnd = Objects.requireNonNull(about.end());
        this.attendingStaffId = attendingStaffId;
        this.attendingSubject = Objects.requireNonNull(attendingSubject);
        this.attendingName = Objects.requireNonNull(attendingName);
        this.message = Objects.requireNonNull(message);
        this.wantedBy = wantedBy;
        this.waived = waived;
        this.status = RequestStatus.REQUESTED;
        this.askedAt = Objects.requireNonNull(now);
        this.targetSpecialties = packet.targetSpecialties();
        this.includeCv = packet.cv();
        this.goals = packet.goals();
        this.highlightedEntries = packet.highlightedEntries().isEmpty() ? null
                : String.join(",", packet.highlightedEntries().stream().map(String::valueOf).toList());
    }

    /** The attending will write it, by {@code due}; the first reminder is due at {@code firstReminder} (if any). */
    public void accept(LocalDate due, Instant now, Instant firstReminder) {
        requireRequested();
        this.status = RequestStatus.ACCEPTED;
        this.dueDate = Objects.requireNonNull(due);
        this.answeredAt = now;
        this.nextReminderAt = firstReminder;
    }

    /** A reminder went to the attending at {@code now}; the next is due at {@code next} (none when null). */
    public void reminded(Instant now, Instant next) {
        this.remindersSent++;
        this.lastReminderAt = now;
        this.nextReminderAt = next;
    }

    /** The reminder due now waits until {@code later} (the attending's next working hours). */
    public void remindLater(Instant later) {
        this.nextReminderAt = Objects.requireNonNull(later);
    }

    /** The student asks the portal to pass on a polite nudge: sent in the attending's next working hours. */
    public void nudge(Instant now) {
        if (!status.isOpen()) {
            throw new IllegalStateException("letter request " + id + " is " + status + ": nothing to nudge about");
        }
        this.nudgedAt = now;
        this.nudgePending = true;
    }

    /** The nudge went out. */
    public void nudgeSent() {
        this.nudgePending = false;
    }

    /** The attending will not write it; they may name a colleague the student can ask instead. */
    public void decline(Long colleagueStaffId, String colleagueName, Instant now) {
        requireRequested();
        this.status = RequestStatus.DECLINED;
        this.suggestedStaffId = colleagueStaffId;
        this.suggestedName = colleagueName;
        this.answeredAt = now;
    }

    /** A new version of the letter: in progress again until the attending marks it complete; never once delivered. */
    public void written(Instant now) {
        if (status != RequestStatus.ACCEPTED && status != RequestStatus.IN_PROGRESS
                && status != RequestStatus.COMPLETE) {
            throw new IllegalStateException("letter request " + id + " is " + status + ": no letter to write");
        }
        this.status = RequestStatus.IN_PROGRESS;
        this.writtenAt = now;
    }

    /** The attending says the newest version is the letter. */
    public void complete(Instant now) {
        if (status != RequestStatus.IN_PROGRESS) {
            throw new IllegalStateException("letter request " + id + " is " + status + ": nothing to complete");
        }
        this.status = RequestStatus.COMPLETE;
        this.completedAt = now;
    }

    /** The letter went to a program (the service or a link): it is final, no new version replaces it. */
    public void delivered() {
        if (!isFinished()) {
            throw new IllegalStateException("letter request " + id + " is " + status + ": nothing to deliver");
        }
        this.status = RequestStatus.DELIVERED;
    }

    /** Whether the letter is complete (or already delivered): the student may send it to programs. */
    public boolean isFinished() {
        return status == RequestStatus.COMPLETE || status == RequestStatus.DELIVERED;
    }

    /** The student waives the right to read the letter, or no longer does: only until the letter is written. */
    public void waive(boolean waived) {
        if (isWritten()) {
            throw new IllegalStateException("letter request " + id + ": the letter is written, the waiver is fixed");
        }
        this.waived = waived;
    }

    /** Whether a letter exists (a first version was written): the waiver is fixed from then on. */
    public boolean isWritten() {
        return writtenAt != null;
    }

    private void requireRequested() {
        if (status != RequestStatus.REQUESTED) {
            throw new IllegalStateException("letter request " + id + " is " + status + ", not awaiting an answer");
        }
    }

    public Long id() {
        return id;
    }

    public String studentSubject() {
        return studentSubject;
    }

    public String studentName() {
        return studentName;
    }

    public String hospitalAlias() {
        return hospitalAlias;
    }

    public long placementId() {
        return placementId;
    }

    public long applicationId() {
        return applicationId;
    }

    public String externshipTitle() {
        return externshipTitle;
    }

    public LocalDate placementStart() {
        return placementStart;
    }

    public LocalDate placementEnd() {
        return placementEnd;
    }

    public long attendingStaffId() {
        return attendingStaffId;
    }

    public String attendingSubject() {
        return attendingSubject;
    }

    public String attendingName() {
        return attendingName;
    }

    public String message() {
        return message;
    }

    public LocalDate wantedBy() {
        return wantedBy;
    }

    public boolean isWaived() {
        return waived;
    }

    public RequestStatus status() {
        return status;
    }

    public Instant askedAt() {
        return askedAt;
    }

    public Instant answeredAt() {
        return answeredAt;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public String studentEmail() {
        return studentEmail;
    }

    public int remindersSent() {
        return remindersSent;
    }

    public Instant lastReminderAt() {
        return lastReminderAt;
    }

    public Instant nextReminderAt() {
        return nextReminderAt;
    }

    public Instant nudgedAt() {
        return nudgedAt;
    }

    /**
     * The last time the student reached the attending about this request: asking, the attending's answer, or the
     * student's last nudge. The next nudge waits a week from it.
     */
    public Instant lastContactAt() {
        Instant last = askedAt;
        for (Instant moment : new Instant[] {answeredAt, nudgedAt}) {
            if (moment != null && moment.isAfter(last)) {
                last = moment;
            }
        }
        return last;
    }

    public boolean isNudgePending() {
        return nudgePending;
    }

    public long version() {
        return version;
    }

    public Packet packet() {
        List<Long> highlighted = highlightedEntries == null || highlightedEntries.isBlank() ? List.of()
                : Arrays.stream(highlightedEntries.split(",")).map(Long::valueOf).toList();
        return new Packet(targetSpecialties, goals, highlighted, includeCv);
    }

    public Long suggestedStaffId() {
        return suggestedStaffId;
    }

    public String suggestedName() {
        return suggestedName;
    }

    /** The placement a request is about, as it is when the student asks. */
    public record About(long placementId, long applicationId, String externshipTitle, LocalDate start, LocalDate end) {
    }

    /**
     * What makes writing easy: the specialties the student applies to, their statement draft or career goals, and
     * the learning-log entries of the placement they highlight (at most {@link #HIGHLIGHTS_MAX}), and whether their CV
     * comes with it.
     */
    public record Packet(String targetSpecialties, String goals, List<Long> highlightedEntries, boolean cv) {

        public static final Packet NONE = new Packet(null, null, List.of(), false);

        public Packet {
            highlightedEntries = List.copyOf(highlightedEntries);
            if (highlightedEntries.size() > HIGHLIGHTS_MAX) {
                throw new IllegalArgumentException("at most " + HIGHLIGHTS_MAX + " highlighted entries");
            }
        }
    }
}
