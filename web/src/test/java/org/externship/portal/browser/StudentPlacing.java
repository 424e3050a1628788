package org.externship.portal.browser;

import org.openqa.selenium.WebDriver;

import java.io.IOException;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Places a student the way the portal does, for tests whose subject comes after the placement: carla (or another demo
 * coordinator, for their own hospital) publishes an externship with one seat starting on a given day and the student
 * applies (over HTTP, as SeatRaceIT does), the coordinator offers the seat and the student accepts (in the browser),
 * and the coordinator names the supervising attending if one is given. Everyone is signed out at the end.
 */
final class StudentPlacing {

    private static final String DEMO_PASSWORD = "demo";
    private static final String CARLA = "carla";

    private StudentPlacing() {
    }

    /**
     * Places {@code student} (user name; {@code studentName} as the pages show them) for four weeks from
     * {@code start}; answers the application's id. {@code supervisor} (e.g. "Grace Adams") may be null.
     */
    static long place(WebDriver driver, RunningPortal portal, String student, String password, String studentName,
                      String title, LocalDate start, String supervisor) throws IOException {
        return place(driver, portal, student, password, studentName, title, start, start.plusWeeks(4), supervisor);
    }

    /** As the method above, the placement ending on {@code end} (asking for a letter opens days before it). */
    static long place(WebDriver driver, RunningPortal portal, String student, String password, String studentName,
                      String title, LocalDate start, LocalDate end, String supervisor) throws IOException {
        return placeBy(CARLA, driver, portal, student, password, studentName, title, start, end, supervisor);
    }

    /**
     * As the methods above, at the hospital of the demo coordinator {@code coordinator} ("carla": St. Mary's,
     * "rita": Riverside), who publishes, offers and names the supervisor.
     */
    static long placeBy(String coordinator, WebDriver driver, RunningPortal portal, String student, String password,
                        String studentName, String title, LocalDate start, LocalDate end, String supervisor)
            throws IOException {
        PortalHttpSession staff = SeatRaceIT.signedIn(portal, coordinator, "/coordinator/externship.xhtml");
        long period = SeatRaceIT.publishWithOneSeat(staff, title, start, end);
        return placeIn(coordinator, driver, portal, student, password, studentName, title, period, supervisor);
    }

    /** As the methods above, in period {@code period} of the published externship {@code title}. */
    static long placeIn(WebDriver driver, RunningPortal portal, String student, String password, String studentName,
                        String title, long period, String supervisor) throws IOException {
        return placeIn(CARLA, driver, portal, student, password, studentName, title, period, supervisor);
    }

    private static long placeIn(String coordinator, WebDriver driver, RunningPortal portal, String student,
                                String password, String studentName, String title, long period, String supervisor)
            throws IOException {
        PortalHttpSession applicant = new PortalHttpSession(portal.baseUrl());
        assertEquals(200, applicant.signIn("/student/passport.xhtml", student, password).statusCode());
        SeatRaceIT.ensurePassport(applicant, student);
        long application = SeatRaceIT.applyAndSubmit(applicant, student, period);

        ApplicationPages pages = new ApplicationPages(driver, portal);
        pages.signIn(coordinator, DEMO_PASSWORD);
        pages.open("/coordinator/application.xhtml?id=" + application);
        pages.offer();
        pages.signOut();
        pages.signIn(student, password);
        pages.open("/student/application.xhtml?id=" + application);
        pages.accept();
        pages.signOut();
        if (supervisor != null) {
            pages.signIn(coordinator, DEMO_PASSWORD);
            pages.superviseBy(studentName, title, supervisor);
            pages.signOut();
        }
        return application;
    }
}
