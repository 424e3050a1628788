package org.externship.portal.testing;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.externship.portal.letters.boundary.AskCommand;
import org.externship.portal.letters.boundary.LetterAnswers;
import org.externship.portal.letters.boundary.LetterRequestDto;
import org.externship.portal.letters.boundary.LetterRequests;
import org.externship.portal.letters.control.Addressee;
import org.externship.portal.placement.boundary.MyPlacements;
import org.externship.portal.shared.control.PortalClock;
import org.externship.portal.testing.PlacedStudents.Placed;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A placed student's letter request as the letters' tests need it: asked politely on the placement's last day (the
 * clock set to its noon, inside every hospital's window), and accepted by the attending, due four weeks later.
 * The test resets the clock ({@code PortalClock.use(null)}) after each test.
 */
@Dependent
public class LetterAsking {

    @Inject
    PlacedStudents placing;

    @Inject
    LetterRequests requests;

    @Inject
    LetterAnswers answers;

    @Inject
    MyPlacements myPlacements;

    @Inject
    PortalClock clock;

    @Inject
    AsStudent asStudent;

    @Inject
    AsAttending asAttending;

    /** {@code placed} asks the hospital's attending, waiving the right to read the letter or not. */
    public LetterRequestDto asked(StaffedHospital hospital, Placed placed, boolean waived) throws Exception {
        placing.signInStudent(placed.student(), placed.name());
        LocalDate lastDay = asStudent.call(() -> myPlacements.ofApplication(placed.applicationId())).orElseThrow()
                .endDate();
        clock.use(Clock.fixed(lastDay.atTime(12, 0).atZone(ZoneId.systemDefault()).toInstant(),
                ZoneId.systemDefault()));
        return asStudent.call(() -> requests.ask(new AskCommand(placed.applicationId(),
                hospital.attending().id(), Addressee.of(hospital.attending().fullName()).salutation()
                + "\n\nThank you for supervising me. Do you know my work well enough to write a supportive letter "
                + "for me? I understand if not.\n\nWith thanks,\n" + placed.name(), null, waived)));
    }

    /**
     * Asked as {@link #asked}, and accepted by the attending, due four weeks after the placement's last day; the
     * attending is signed in when it returns.
     */
    public LetterRequestDto accepted(StaffedHospital hospital, Placed placed, boolean waived) throws Exception {
        LetterRequestDto asked = asked(hospital, placed, waived);
        placing.signInStaff(hospital, hospital.attending());
        asAttending.call(() -> answers.accept(asked.id(), asked.placementEnd().plusWeeks(4)));
        return asked;
    }
}
