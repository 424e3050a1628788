package org.externship.portal.home.view;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.externship.portal.learninglog.boundary.SignoffItem;
import org.externship.portal.learninglog.boundary.Signoffs;
import org.externship.portal.letters.boundary.LetterAnswers;
import org.externship.portal.letters.boundary.LetterRequestDto;
import org.externship.portal.placement.boundary.PlacementDto;
import org.externship.portal.placement.boundary.Placements;
import org.externship.portal.rotation.boundary.AttendanceConfirmations;
import org.externship.portal.rotation.boundary.EvaluationDue;
import org.externship.portal.rotation.boundary.Evaluations;
import org.externship.portal.identity.boundary.StaffDirectory;
import org.externship.portal.identity.boundary.StaffMemberDto;
import org.externship.portal.shared.boundary.PortalException;
import org.externship.portal.tenant.boundary.HospitalSummary;
import org.externship.portal.tenant.boundary.Hospitals;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * attending/home.xhtml: the attending's externs now and next, the placements at their end with what waits for the
 * attending (the end-of-placement task, attending/wrap-up.xhtml) and whether their evaluation is still due, their
 * hospital and their active colleagues. A few queries whatever the number of placements (the evaluations sent: one).
 */
@Named
@ViewScoped
public class AttendingHomeView implements Serializable {

    private static final long serialVersionUID = 1L;
    /** A placement's end-of-placement task opens in its final week, as letter requests do by default... */
    private static final int ENDING_AHEAD_DAYS = 7;
    /** ...and stays on the home page for two months after it ended. */
    private static final int ENDED_SINCE_DAYS = 60;

    @Inject
    Hospitals hospitals;

    @Inject
    StaffDirectory staffDirectory;

    @Inject
    Placements placements;

    @Inject
    Signoffs signoffs;

    @Inject
    LetterAnswers letters;

    @Inject
    AttendanceConfirmations attendance;

    @Inject
    Evaluations evaluations;

    private HospitalSummary hospital;
    private List<StaffMemberDto> colleagues = List.of();
    private List<PlacementDto> externs = List.of();
    private int awaitingSignoff;
    private int lettersWaiting;
    private List<Ending> ending = List.of();

    @PostConstruct
    void load() {
        try {
            hospital = hospitals.mine();
            colleagues = staffDirectory.colleagues();
            LocalDate today = LocalDate.now();
            List<PlacementDto> supervised = placements.supervisedByMe();
            externs = supervised.stream().filter(p -> !p.endDate().isBefore(today))
                    .sorted(Comparator.comparing(PlacementDto::startDate)).toList();
            List<SignoffItem> toSign = signoffs.awaiting();
            List<LetterRequestDto> toAnswer = letters.waiting();
            Map<Long, Long> toConfirm = attendance.awaitingByPlacement();
            awaitingSignoff = toSign.size();
            lettersWaiting = toAnswer.size();
            List<PlacementDto> atTheirEnd = supervised.stream()
                    .filter(p -> !p.endDate().isAfter(today.plusDays(ENDING_AHEAD_DAYS))
                            && !p.endDate().isBefore(today.minusDays(ENDED_SINCE_DAYS)))
                    .toList();
            Set<Long> evaluated = evaluations.sentByMe(atTheirEnd.stream().map(PlacementDto::id).toList());
            ending = atTheirEnd.stream()
                    .map(p -> ending(p, EvaluationDue.of(p, evaluated.contains(p.id()), today), toSign, toAnswer,
                            toConfirm))
                    .sorted(Comparator.comparing((Ending e) -> e.placement().endDate()).reversed())
                    .toList();
        } catch (PortalException e) {
            hospital = null;
        }
    }

    private static Ending ending(PlacementDto p, EvaluationDue evaluation, List<SignoffItem> toSign,
                                 List<LetterRequestDto> toAnswer, Map<Long, Long> toConfirm) {
        long open = toSign.stream().filter(item -> Long.valueOf(p.id()).equals(item.entry().placementId())).count()
                + toAnswer.stream().filter(r -> r.applicationId() == p.applicationId()).count()
                + toConfirm.getOrDefault(p.id(), 0L)
                + (evaluation.waiting() ? 1 : 0);
        return new Ending(p, (int) open, evaluation);
    }

    public HospitalSummary getHospital() {
        return hospital;
    }

    /** The externs the attending supervises now or will supervise, the next to start first. */
    public List<PlacementDto> getExterns() {
        return externs;
    }

    /** How many log entries of their externs wait for the attending's sign-off. */
    public int getAwaitingSignoff() {
        return awaitingSignoff;
    }

    /** How many letter requests wait for the attending's answer. */
    public int getLettersWaiting() {
        return lettersWaiting;
    }

    /** The placements in their final week or ended lately, the latest first, with what waits for the attending. */
    public List<Ending> getEnding() {
        return ending;
    }

    /**
     * A placement at its end, how many things (days on site to confirm, entries to sign, a letter to answer, the
     * evaluation) wait for the attending, and where their evaluation stands.
     */
    public record Ending(PlacementDto placement, int open, EvaluationDue evaluation) {

        /** The evaluation waits for the attending (due, or past its due date): the card links to it. */
        public boolean evaluationWaiting() {
            return evaluation.waiting();
        }

        /** The evaluation's state, for the card's words: LATER, DUE, OVERDUE, SENT. */
        public String evaluationState() {
            return evaluation.state().name();
        }

        /** The day that goes with the state: when it opens, or when it is (was) due. */
        public LocalDate evaluationDay() {
            return evaluation.state() == EvaluationDue.State.LATER ? evaluation.opensOn() : evaluation.dueBy();
        }
    }

    public List<StaffMemberDto> getColleagues() {
        return colleagues;
    }
}
