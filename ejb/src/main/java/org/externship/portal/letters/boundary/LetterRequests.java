package org.externship.portal.letters.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.externship.portal.application.boundary.ApplicationSummary;
import org.externship.portal.application.boundary.MyApplications;
import org.externship.portal.identity.entity.StaffMember;
import org.externship.portal.identity.entity.StaffRole;
import org.externship.portal.learninglog.boundary.EntryDto;
import org.externship.portal.learninglog.boundary.LearningLog;
import org.externship.portal.learninglog.boundary.LogFilter;
import org.externship.portal.learninglog.boundary.PatientPrivacy;
import org.externship.portal.letters.control.AccessTrail;
import org.externship.portal.letters.control.Addressee;
import org.externship.portal.letters.control.AskingWindow;
import org.externship.portal.letters.control.ContactAllowance;
import org.externship.portal.letters.control.NoticePeriod;
import org.externship.portal.letters.control.NudgeLimit;
import org.externship.portal.letters.control.ToneCheck;
import org.externship.portal.letters.control.ToneTexts;
import org.externship.portal.letters.entity.LetterAccess;
import org.externship.portal.letters.entity.LetterContent;
import org.externship.portal.letters.entity.LetterRequest;
import org.externship.portal.letters.entity.LetterVersion;
import org.externship.portal.letters.entity.RequestStatus;
import org.externship.portal.passport.control.PassportReader;
import org.externship.portal.placement.boundary.MyPlacements;
import org.externship.portal.placement.boundary.PlacementDto;
import org.externship.portal.shared.boundary.NotAllowedException;
import org.externship.portal.shared.boundary.NotFoundException;
import org.externship.portal.shared.control.PortalClock;
import org.externship.portal.shared.control.ReportsInvalidInput;
import org.externship.portal.shared.security.CurrentUser;
import org.externship.portal.shared.security.Roles;
import org.externship.portal.shared.tenancy.HospitalScope;
import org.externship.portal.tenant.entity.Hospital;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.function.Function;

/**
 * The signed-in student's letter requests (issue 11). A student asks only an attending who supervised one of their
 * placements, only late (the {@link AskingWindow}), one open request per attending, in a professional tone (the
 * {@link ToneCheck} and the {@link NoticePeriod} stop a request until it reads well) and without patient details
 * ({@link PatientPrivacy}). An attending suggested by a colleague who declined may be asked at once. Nobody is
 * asked or nudged through the portal who no longer works with the hospital (deactivated by its coordinators).
 */
@Stateless
@ReportsInvalidInput
@RolesAllowed(Roles.STUDENT)
public class LetterRequests {

    static final String ROLE = "student";

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
    LearningLog learningLog;

    @Inject
    ToneCheck tone;

    @Inject
    PortalClock clock;

    @Inject
    AccessTrail trail;

    @Inject
    HospitalScope hospital;

    @Inject
    PassportReader passports;

    private final ToneTexts toneTexts = new ToneTexts();

    /** When the caller may ask for a letter from the placement that application {@code applicationId} became. */
    public AskingWindow.Status window(long applicationId) {
        PlacementDto placement = placement(applicationId);
        return rulesOf(applications.hospitalOf(applicationId)).window().on(clock.today(), placement.endDate());
    }

    /**
     * Whom the caller may ask, placement by placement (the newest first): each placement's supervising attendings and
     * any colleague a declining attending suggested, with the asking window and what the caller asked of them.
     */
    public List<AskableAttending> askable() {
        LocalDate today = clock.today();
        List<LetterRequestDto> asked = mine();
        List<AskableAttending> askable = new ArrayList<>();
        for (ApplicationSummary application : placements.mine()) {
            PlacementDto placement = placements.ofApplication(application.id()).orElse(null);
            if (placement == null) {
                continue;
            }
            AskingWindow.Status window = rulesOf(applications.hospitalOf(application.id())).window()
                    .on(today, placement.endDate());
            Function<Long, LetterRequestDto> latestTo = attending -> asked.stream()
                    .filter(r -> r.attendingId() == attending).findFirst().orElse(null);
            for (PlacementDto.Supervisor supervisor : placement.attendings()) {
                askable.add(new AskableAttending(application.id(), application.externshipTitle(),
                        application.hospitalName(), placement.startDate(), placement.endDate(),
                        supervisor.staffMemberId(), supervisor.name(), window, null,
                        latestTo.apply(supervisor.staffMemberId()), isActive(supervisor.staffMemberId())));
            }
            asked.stream()
                    .filter(r -> r.applicationId() == application.id() && r.suggestedId() != null)
                    .filter(r -> askable.stream().noneMatch(a -> a.applicationId() == application.id()
                            && a.attendingId() == r.suggestedId()))
                    .forEach(r -> askable.add(new AskableAttending(application.id(), application.externshipTitle(),
                            application.hospitalName(), placement.startDate(), placement.endDate(), r.suggestedId(),
                            r.suggestedName(), window, r.attendingName(), latestTo.apply(r.suggestedId()),
                            isActive(r.suggestedId()))));
        }
        return askable;
    }

    public LetterRequestDto ask(@NotNull @Valid AskCommand command) {
        PlacementDto placement = placement(command.applicationId());
        Asked attending = supervisor(command)
                .map(s -> requireWindowOpen(placement, requireActive(placement, s)))
                .or(() -> suggestedByColleague(command).map(s -> requireActive(placement, s)))
                .orElseThrow(() -> new NotFoundException("attending", command.attendingId()));
        mine().stream().filter(r -> r.attendingId() == command.attendingId()).findFirst().ifPresent(earlier -> {
            throw new NotAllowedException(earlier.status() == RequestStatus.DECLINED ? "letters.declinedBefore"
                    : earlier.status().isOpen() ? "letters.alreadyAsked" : "letters.alreadyWritten", attending.name());
        });
        requireWellWorded(command, Addressee.of(attending.name()), rulesOf(attending.hospitalAlias()).notice());
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("message", command.message());
        Optional.ofNullable(command.goals()).ifPresent(goals -> texts.put("goals", goals));
        Optional.ofNullable(command.targetSpecialties()).ifPresent(s -> texts.put("targetSpecialties", s));
        privacy.requireDeidentified(texts);
        requireOwnEntries(command);
        if (command.includeCv() && passports.currentCv(user.subject()).isEmpty()) {
            throw new NotAllowedException("letters.packet.noCv");
        }
        LetterRequest request = new LetterRequest(user.subject(), user.name(), user.email(), attending.hospitalAlias(),
                new LetterRequest.About(placement.id(), command.applicationId(), placement.externshipTitle(),
                        placement.startDate(), placement.endDate()),
                command.attendingId(), attending.subject(), attending.name(),
                command.message().strip(), command.wantedBy(), command.waived(),
                new LetterRequest.Packet(blankToNull(command.targetSpecialties()), blankToNull(command.goals()),
                        command.highlightedEntries().stream().distinct().toList(), command.includeCv()),
                clock.now());
        em.persist(request);
        return LetterRequestDto.of(request);
    }

    /**
     * The letter of the caller's request {@code requestId}, when they did not waive the right to read it and it is
     * complete; otherwise (waived, not written yet, not theirs, no such request) not found. Every attempt is on the
     * access trail, the refused ones too.
     */
    public LetterFileDto readLetter(long requestId) {
        LetterRequest request = own(requestId).orElse(null);
        boolean readable = request != null && !request.isWaived() && request.isFinished();
        if (!readable) {
            trail.record(request == null ? null : request.hospitalAlias(), requestId, null, ROLE,
                    LetterAccess.Action.READ, false);
            throw new NotFoundException("letter", requestId);
        }
        hospital.enter(request.hospitalAlias());
        LetterVersion newest = em.createNamedQuery(LetterVersion.OF_REQUEST, LetterVersion.class)
                .setParameter("request", requestId).setMaxResults(1).getSingleResult();
        byte[] content = em.find(LetterContent.class, newest.id()).content();
        trail.record(request.hospitalAlias(), requestId, newest.number(), ROLE, LetterAccess.Action.READ, true);
        return new LetterFileDto(newest.fileName(), content);
    }

    /**
     * The caller waives the right to read the letter of request {@code requestId}, or no longer does; refused once the
     * letter is written.
     */
    public LetterRequestDto waive(long requestId, boolean waived) {
        LetterRequest request = own(requestId)
                .orElseThrow(() -> new NotFoundException("letter request", requestId));
        if (request.isWritten()) {
            throw new NotAllowedException("letters.waiverFixed");
        }
        request.waive(waived);
        return LetterRequestDto.of(request);
    }

    /**
     * The caller asks the portal to pass on a polite reminder of request {@code requestId} to the attending: at most
     * once a week and not in the week after asking or the attending's answer, while the request is open; it goes out
     * at the start of the attending's working hours.
     */
    public LetterRequestDto nudge(long requestId) {
        LetterRequest request = own(requestId)
                .orElseThrow(() -> new NotFoundException("letter request", requestId));
        if (!request.status().isOpen()) {
            throw new NotAllowedException("letters.nudge.closed");
        }
        hospital.enter(request.hospitalAlias());
        if (!isActive(request.attendingStaffId())) {
            throw new NotAllowedException("letters.nudge.attendingGone", request.attendingName());
        }
        Instant now = clock.now();
        ContactAllowance allowance = NudgeLimit.DEFAULT.allowance(request.lastContactAt(), now);
        if (!allowance.allowed() || request.isNudgePending()) {
            throw new NotAllowedException("letters.nudge.tooSoon", allowance.allowedFrom());
        }
        request.nudge(now);
        return LetterRequestDto.of(request);
    }

    /** The caller's requests, newest first. */
    public List<LetterRequestDto> mine() {
        return em.createNamedQuery(LetterRequest.OF_STUDENT, LetterRequest.class)
                .setParameter("student", user.subject())
                .getResultStream()
                .map(LetterRequestDto::of)
                .toList();
    }

    /** The caller's request {@code requestId}; another student's counts as none. */
    private Optional<LetterRequest> own(long requestId) {
        return em.createNamedQuery(LetterRequest.ONE_OF_STUDENT, LetterRequest.class)
                .setParameter("id", requestId).setParameter("student", user.subject())
                .getResultStream().findFirst();
    }

    private PlacementDto placement(long applicationId) {
        return placements.ofApplication(applicationId)
                .orElseThrow(() -> new NotFoundException("placement", applicationId));
    }

    private Optional<Asked> supervisor(AskCommand command) {
        return placements.supervisor(command.applicationId(), command.attendingId())
                .map(s -> new Asked(s.hospitalAlias(), command.attendingId(), s.subject(), s.name()));
    }

    /**
     * Whether staff member {@code staffId} of the hospital entered still works with it through the portal: not
     * deactivated ({@link StaffMember#isActive}, the rule of {@link StaffMember#ACTIVE_IN_ROLE}).
     */
    private boolean isActive(long staffId) {
        StaffMember member = em.find(StaffMember.class, staffId);
        return member != null && member.isActive();
    }

    /** The attending asked, if they still work with the placement's hospital through the portal; refused if not. */
    private Asked requireActive(PlacementDto placement, Asked attending) {
        if (!isActive(attending.staffId())) {
            throw new NotAllowedException("letters.attendingGone", attending.name(), placement.hospitalName());
        }
        return attending;
    }

    private Asked requireWindowOpen(PlacementDto placement, Asked attending) {
        AskingWindow.Status window = rulesOf(attending.hospitalAlias()).window().on(clock.today(),
                placement.endDate());
        return switch (window.state()) {
            case NOT_YET -> throw new NotAllowedException("letters.notYet", window.opensOn());
            case CLOSED -> throw new NotAllowedException("letters.closed", window.closesAfter());
            case OPEN -> attending;
        };
    }

    /** An attending a colleague suggested when declining this student's request from the same placement. */
    private Optional<Asked> suggestedByColleague(AskCommand command) {
        return em.createNamedQuery(LetterRequest.OF_STUDENT, LetterRequest.class)
                .setParameter("student", user.subject())
                .getResultStream()
                .filter(r -> r.status() == RequestStatus.DECLINED && r.applicationId() == command.applicationId()
                        && command.attendingId().equals(r.suggestedStaffId()))
                .findFirst()
                .flatMap(declined -> Optional.ofNullable(em.find(StaffMember.class, command.attendingId()))
                        .filter(s -> s.role() == StaffRole.ATTENDING)
                        .map(s -> new Asked(declined.hospitalAlias(), s.id(), s.keycloakUserId(), s.fullName())));
    }

    /** The highlighted entries are the caller's own, of the placement the request is about. */
    private void requireOwnEntries(AskCommand command) {
        if (command.highlightedEntries().isEmpty()) {
            return;
        }
        Set<Long> ofPlacement = learningLog.mine(new LogFilter(null, command.applicationId(), false, null, null,
                null, null)).rows().stream().map(EntryDto::id).collect(Collectors.toSet());
        for (Long entry : command.highlightedEntries()) {
            if (!ofPlacement.contains(entry)) {
                throw new NotFoundException("log entry", entry);
            }
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private LetterRules rulesOf(String hospitalAlias) {
        return em.createNamedQuery(Hospital.BY_ALIAS, Hospital.class).setParameter("alias", hospitalAlias)
                .getResultStream().findFirst().map(LetterRules::of).orElse(LetterRules.DEFAULT);
    }

    private void requireWellWorded(AskCommand command, Addressee addressee, NoticePeriod notice) {
        Map<String, List<String>> found = new LinkedHashMap<>();
        List<String> wording = tone.check(command.message(), addressee).stream()
                .map(f -> toneTexts.explain(f, addressee)).toList();
        if (!wording.isEmpty()) {
            found.put("message", wording);
        }
        LocalDate today = clock.today();
        if (!notice.isFair(today, command.wantedBy())) {
            found.put("wantedBy", List.of(toneTexts.tooSoon(notice.earliestDue(today))));
        }
        if (!found.isEmpty()) {
            throw new WordingFlaggedException(toneTexts.summary(), found);
        }
    }

    /** The attending a request goes to, as the request records them. */
    private record Asked(String hospitalAlias, long staffId, String subject, String name) {
    }
}
