package org.externship.portal.letters.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.externship.portal.identity.entity.StaffMember;
import org.externship.portal.identity.entity.StaffRole;
import org.externship.portal.learninglog.boundary.PatientPrivacy;
import org.externship.portal.letters.control.Addressee;
import org.externship.portal.letters.control.AskingWindow;
import org.externship.portal.letters.control.NoticePeriod;
import org.externship.portal.letters.control.ToneCheck;
import org.externship.portal.letters.control.ToneTexts;
import org.externship.portal.letters.entity.LetterRequest;
import org.externship.portal.letters.entity.RequestStatus;
import org.externship.portal.placement.boundary.MyPlacements;
import org.externship.portal.placement.boundary.PlacementDto;
import org.externship.portal.shared.boundary.NotAllowedException;
import org.externship.portal.shared.boundary.NotFoundException;
import org.externship.portal.shared.control.PortalClock;
import org.externship.portal.shared.control.ReportsInvalidInput;
import org.externship.portal.shared.entity.StoredTime;
import org.externship.portal.shared.security.CurrentUser;
import org.externship.portal.shared.security.Roles;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The signed-in student's letter requests (issue 11). A student asks only an attending who supervised one of their
 * placements, only late (the {@link AskingWindow}), one open request per attending, in a professional tone (the
 * {@link ToneCheck} and the {@link NoticePeriod} stop a request until it reads well) and without patient details
 * ({@link PatientPrivacy}). An attending suggested by a colleague who declined may be asked at once.
 */
@Stateless
@ReportsInvalidInput
@RolesAllowed(Roles.STUDENT)
public class LetterRequests {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    MyPlacements placements;

    @Inject
    PatientPrivacy privacy;

    @Inject
    ToneCheck tone;

    @Inject
    PortalClock clock;

    private final ToneTexts toneTexts = new ToneTexts();

    /** When the caller may ask for a letter from the placement that application {@code applicationId} became. */
    public AskingWindow.Status window(long applicationId) {
        return AskingWindow.DEFAULT.on(clock.today(), placement(applicationId).endDate());
    }

    public LetterRequestDto ask(@NotNull @Valid AskCommand command) {
        PlacementDto placement = placement(command.applicationId());
        Asked attending = supervisor(command)
                .map(s -> requireWindowOpen(placement, s))
                .or(() -> suggestedByColleague(command))
                .orElseThrow(() -> new NotFoundException("attending", command.attendingId()));
        if (mine().stream().anyMatch(r -> r.attendingId() == command.attendingId() && r.status().isOpen())) {
            throw new NotAllowedException("letters.alreadyAsked", attending.name());
        }
        requireWellWorded(command, Addressee.of(attending.name()));
        privacy.requireDeidentified(Map.of("message", command.message()));
        LetterRequest request = new LetterRequest(user.subject(), user.name(), attending.hospitalAlias(),
                placement.id(), command.applicationId(), command.attendingId(), attending.subject(), attending.name(),
                command.message().strip(), command.wantedBy(), command.waived(), StoredTime.now());
        em.persist(request);
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

    private PlacementDto placement(long applicationId) {
        return placements.ofApplication(applicationId)
                .orElseThrow(() -> new NotFoundException("placement", applicationId));
    }

    private Optional<Asked> supervisor(AskCommand command) {
        return placements.supervisor(command.applicationId(), command.attendingId())
                .map(s -> new Asked(s.hospitalAlias(), s.subject(), s.name()));
    }

    private Asked requireWindowOpen(PlacementDto placement, Asked attending) {
        AskingWindow.Status window = AskingWindow.DEFAULT.on(clock.today(), placement.endDate());
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
                        .map(s -> new Asked(declined.hospitalAlias(), s.keycloakUserId(), s.fullName())));
    }

    private void requireWellWorded(AskCommand command, Addressee addressee) {
        Map<String, List<String>> found = new LinkedHashMap<>();
        List<String> wording = tone.check(command.message(), addressee).stream()
                .map(f -> toneTexts.explain(f, addressee)).toList();
        if (!wording.isEmpty()) {
            found.put("message", wording);
        }
        LocalDate today = clock.today();
        if (!NoticePeriod.DEFAULT.isFair(today, command.wantedBy())) {
            found.put("wantedBy", List.of(toneTexts.tooSoon(NoticePeriod.DEFAULT.earliestDue(today))));
        }
        if (!found.isEmpty()) {
            throw new WordingFlaggedException(toneTexts.summary(), found);
        }
    }

    /** The attending a request goes to, as the request records them. */
    private record Asked(String hospitalAlias, String subject, String name) {
    }
}
