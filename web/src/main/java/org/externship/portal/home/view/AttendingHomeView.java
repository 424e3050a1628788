package org.externship.portal.home.view;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.externship.portal.learninglog.boundary.Signoffs;
import org.externship.portal.letters.boundary.LetterAnswers;
import org.externship.portal.placement.boundary.PlacementDto;
import org.externship.portal.placement.boundary.Placements;
import org.externship.portal.identity.boundary.StaffDirectory;
import org.externship.portal.identity.boundary.StaffMemberDto;
import org.externship.portal.shared.boundary.PortalException;
import org.externship.portal.tenant.boundary.HospitalSummary;
import org.externship.portal.tenant.boundary.Hospitals;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/** attending/home.xhtml: the attending's externs now and next, their hospital and colleagues. */
@Named
@ViewScoped
public class AttendingHomeView implements Serializable {

    private static final long serialVersionUID = 1L;

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

    private HospitalSummary hospital;
    private List<StaffMemberDto> colleagues = List.of();
    private List<PlacementDto> externs = List.of();
    private int awaitingSignoff;
    private int lettersWaiting;

    @PostConstruct
    void load() {
        try {
            hospital = hospitals.mine();
            colleagues = staffDirectory.list();
            LocalDate today = LocalDate.now();
            externs = placements.supervisedByMe().stream().filter(p -> !p.endDate().isBefore(today))
                    .sorted(Comparator.comparing(PlacementDto::startDate)).toList();
            awaitingSignoff = signoffs.awaiting().size();
            lettersWaiting = letters.waiting().size();
        } catch (PortalException e) {
            hospital = null;
        }
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

    public List<StaffMemberDto> getColleagues() {
        return colleagues;
    }
}
