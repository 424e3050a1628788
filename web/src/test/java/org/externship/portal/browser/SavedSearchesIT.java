package org.externship.portal.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.time.Year;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 9: a signed-in student with a passport sees on every search result whether they meet its requirements or
 * what they lack; they save the search under the name the portal gives it, find it in their list and open it again.
 * An anonymous visitor sees neither.
 */
@ExtendWith(PortalExtension.class)
class SavedSearchesIT {

    private static final String FAMILY_MEDICINE = "Family medicine at a community health center";

    @Test
    void aStudentSeesEligibilityOnResultsAndSavesTheSearch(WebDriver driver, RunningPortal portal) {
        PassportPage passport = new PassportPage(driver, portal);
        passport.signIn("sam", "demo");
        passport.show();
        passport.type("medicalSchool", "American University of the Caribbean").type("schoolCountry", "Sint Maarten")
                .type("graduationYear", String.valueOf(Year.now().getValue() - 1))
                .choose("profile:step1", "Passed").choose("profile:step2ck", "Passed").type("step2ckScore", "238")
                .choose("profile:step3", "Not taken yet").choose("profile:ecfmg", "Certified")
                .choose("profile:visa", "B-1 business visitor");
        passport.save();
        assertTrue(passport.globalMessages().contains("Your clinical passport is saved."), passport.globalMessages());

        SearchPage search = new SearchPage(driver, portal).openSearch();
        List<WebElement> hits = driver.findElements(By.cssSelector("#results li.hit"));
        assertFalse(hits.isEmpty());
        for (WebElement hit : hits) {
            String eligibility = hit.findElement(By.cssSelector(".hit-eligibility")).getText();
            assertTrue(eligibility.equals("You meet every requirement.") || eligibility.startsWith("Not yet: "),
                    eligibility);
        }

        search.openSearch("?specialty=FAMILY_MEDICINE&maxFee=0");
        driver.findElement(By.id("search-save")).click();
        search.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("save:name")));
        assertEquals("/student/saved-searches.xhtml", search.path());
        assertEquals("Family medicine \u00b7 no fee", search.text("to-save"));
        assertEquals("Family medicine \u00b7 no fee", search.field("save:name").getAttribute("value"),
                "named by its words");

        search.clickAjax(By.id("save:submit"));
        assertTrue(search.globalMessages().contains("\u201cFamily medicine \u00b7 no fee\u201d is saved."),
                search.globalMessages());
        assertFalse(search.has("save:name"), "saved: the offer to save is gone");
        WebElement saved = driver.findElement(By.linkText("Family medicine \u00b7 no fee"));
        assertTrue(search.text("list").contains("On: at most one e-mail a day"), search.text("list"));

        saved.click();
        search.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("results")));
        assertEquals("/externships.xhtml", search.path());
        assertEquals(List.of(FAMILY_MEDICINE), search.titles(), "the saved search opens as it was saved");
        assertEquals("Family medicine", search.chosen("specialty"));

        search.signOut();
        search.openSearch();
        assertTrue(driver.findElements(By.cssSelector(".hit-eligibility")).isEmpty(), "a visitor sees nothing more");
        assertFalse(search.has("search-save"));
    }
}
