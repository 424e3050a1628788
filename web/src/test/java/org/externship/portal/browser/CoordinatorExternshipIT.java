package org.externship.portal.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A coordinator posts an externship with two rotation periods: bad input is named on its fields, a promise of a
 * residency is refused, the saved externship is published from the list, and editing one period keeps the other
 * one's id. The other hospital's coordinator neither lists it nor opens it.
 */
@ExtendWith(PortalExtension.class)
class CoordinatorExternshipIT {

    private static final LocalDate START = LocalDate.now().plusMonths(3).withDayOfMonth(1);
    private static final LocalDate DEADLINE = LocalDate.now().plusMonths(1);

    @Test
    void aCoordinatorPostsPublishesAndEditsAnExternship(WebDriver driver, RunningPortal portal) {
        String title = "Cardiology clinic " + TestRun.id();
        CoordinatorExternshipsPage list = new CoordinatorExternshipsPage(driver, portal);
        list.signIn("carla", "demo");
        ExternshipEditorPage editor = list.show().startNew();

        editor.fill("", "Four weeks in our cardiology clinic.", DEADLINE)
                .period(0, START, START.plusWeeks(4), 2)
                .period(1, START.plusMonths(2), START.plusMonths(2).minusDays(3), 3);
        editor.save();
        assertEquals("Please fill this in.", editor.messageOn("title"), "the portal's words, not \"must not be blank\"");
        assertEquals("The period must end after it starts.", editor.messageOn("periods:1:endDate"));
        assertEquals("", editor.messageOn("periods:0:endDate"));
        assertTrue(editor.globalMessages().contains("Please correct the fields marked below."));
        assertEquals(List.of("", ""), editor.periodIds(), "nothing is saved");

        // a date written the European way cannot be read: the field says how to write it and keeps what was typed
        editor.typeInto("applicationDeadline_input", "31/01/2027").save();
        assertTrue(editor.messageOn("applicationDeadline")
                        .startsWith("Application deadline: enter a date as MM/DD/YYYY"),
                editor.messageOn("applicationDeadline"));
        assertEquals("31/01/2027", editor.valueOf("applicationDeadline_input"), "what was typed is kept");
        assertEquals(List.of("", ""), editor.periodIds(), "nothing is saved");
        editor.date("applicationDeadline_input", DEADLINE);

        editor.type("title", title).type("description", "Learn outpatient cardiology; a guaranteed residency "
                + "interview for our best externs!").period(1, START.plusMonths(2), START.plusMonths(2).plusWeeks(4), 3);
        editor.save();
        assertTrue(editor.globalMessages().contains("may not promise a residency or a Match"),
                editor.globalMessages());
        assertTrue(editor.globalMessages().contains("\u201cguaranteed residency\u201d"), editor.globalMessages());
        assertEquals("", editor.messageOn("periods:1:endDate"));

        editor.type("description", "Four weeks in our cardiology clinic; we do not guarantee a residency.");
        long id = editor.saveAndReload();
        assertTrue(editor.globalMessages().contains("\u201c" + title + "\u201d is saved."), editor.globalMessages());
        assertEquals(title, editor.valueOf("title"));
        List<String> ids = editor.periodIds();
        assertEquals(2, ids.size());
        assertTrue(ids.stream().noneMatch(String::isEmpty), ids.toString());

        list.show();
        assertEquals("Draft", list.statusOf(title));
        list.act(title, "publish");
        assertTrue(list.globalMessages().contains("is published"), list.globalMessages());
        assertEquals("Published", list.statusOf(title));

        editor = list.edit(title);
        assertEquals(id, editor.id());
        assertEquals(ids, editor.periodIds());
        editor.period(0, START.plusWeeks(1), START.plusWeeks(5), 4);
        editor.saveAndReload();
        assertEquals(ids, editor.periodIds(), "both periods keep their ids");
        assertEquals("4", editor.seatsOf(0));
        assertEquals(TypedDate.of(START.plusWeeks(1)), editor.startOf(0));
        assertEquals("3", editor.seatsOf(1));

        editor.addPeriod();
        editor.period(2, START.plusMonths(5), START.plusMonths(5).plusWeeks(4), 1);
        driver.findElement(By.id("editor:periods:1:removePeriod")).click();
        editor.awaitAjax();
        assertEquals(2, editor.periodCount());
        editor.saveAndReload();
        List<String> after = editor.periodIds();
        assertEquals(ids.get(0), after.get(0), "the kept period keeps its id");
        assertFalse(after.contains(ids.get(1)), "the removed period is gone");
        assertNotEquals("", after.get(1), "the added period is saved");

        list.show();
        assertEquals("Published", list.statusOf(title), "saving keeps it published");
        assertFalse(list.offers(title, "publish"));
        list.act(title, "pause");
        assertEquals("Paused", list.statusOf(title));
        list.act(title, "resume");
        assertEquals("Published", list.statusOf(title));
        list.closeConfirmed(title);
        assertEquals("Closed", list.statusOf(title));
        assertTrue(list.globalMessages().contains("is closed"), list.globalMessages());
        assertFalse(list.offers(title, "edit") || list.offers(title, "publish") || list.offers(title, "close"),
                "a closed externship is final");
    }

    @Test
    void theOtherHospitalsCoordinatorNeitherListsNorOpensIt(WebDriver driver, RunningPortal portal) {
        String title = "Carla's wards " + TestRun.id();
        CoordinatorExternshipsPage list = new CoordinatorExternshipsPage(driver, portal);
        list.signIn("carla", "demo");
        ExternshipEditorPage editor = list.show().startNew();
        long id = editor.fill(title, "Four weeks on our wards.", DEADLINE).period(0, START, START.plusWeeks(4), 2)
                .saveAndReload();
        assertTrue(list.show().lists(title));
        list.signOut();

        list.signIn("rita", "demo");
        assertFalse(list.show().lists(title), "Riverside's coordinator sees St. Mary's externship");
        list.open("/coordinator/externship.xhtml?id=" + id);
        list.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error-404")));
        assertFalse(driver.getPageSource().contains(title));
    }
}
