package org.externship.portal.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An anonymous visitor finds the demo hospitals' externships: filters, the URL that carries the search (reload it
 * and the same results come back), the page of one externship, and the 404 page for what is not public.
 */
@ExtendWith(PortalExtension.class)
class ExternshipSearchIT {

    private static final String FAMILY_MEDICINE = "Family medicine at a community health center";

    @Test
    void anAnonymousVisitorFiltersSharesTheSearchAndOpensAnExternship(WebDriver driver, RunningPortal portal) {
        PortalPage landing = new PortalPage(driver, portal).open("/");
        driver.findElement(By.id("landing-search")).click();
        SearchPage search = new SearchPage(driver, portal);
        search.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("results")));
        assertEquals("/externships.xhtml", search.path());
        assertFalse(landing.isSignedIn());
        List<String> everything = search.titles();
        assertTrue(everything.containsAll(List.of(FAMILY_MEDICINE, "Pediatrics clinic observership",
                "Internal medicine wards: hands-on externship")), everything.toString());

        search.choose("specialty", "Family medicine").type("maxFee", "0").submit();

        String url = driver.getCurrentUrl();
        assertTrue(url.contains("specialty=FAMILY_MEDICINE") && url.contains("maxFee=0"), url);
        assertEquals(List.of(FAMILY_MEDICINE), search.titles());
        assertEquals("One externship found", search.resultCount());
        assertTrue(search.results().contains("Riverside Community Health Center"), search.results());
        assertTrue(search.results().contains("No fee"), search.results());

        driver.get("about:blank");
        driver.get(url);
        search.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("results")));
        assertEquals(List.of(FAMILY_MEDICINE), search.titles(), "the shared address gives the same results");
        assertEquals("Family medicine", search.chosen("specialty"));

        driver.get(url + "&page=9");
        search.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("results")));
        assertEquals(List.of(FAMILY_MEDICINE), search.titles(), "a page past the last shows the last one");
        assertFalse(search.has("pager"), "one page of results offers no other page");

        search.searchFor("no externship is called this").submit();
        assertEquals("No externship found", search.resultCount());
        assertTrue(search.has("results-empty"), "the empty list says so");
        assertEquals(List.of(), search.titles());
        assertFalse(driver.getCurrentUrl().contains("page="), "a new search starts on its first page");

        search.searchFor("psychiatry").choose("specialty", "Any").type("maxFee", "").choose("sort", "Lowest fee").submit();
        assertEquals(List.of("Community psychiatry externship"), search.titles());
        assertTrue(driver.getCurrentUrl().contains("q=psychiatry"), driver.getCurrentUrl());
        assertTrue(driver.getCurrentUrl().contains("sort=FEE"), driver.getCurrentUrl());

        search.openResult("Community psychiatry externship");
        assertEquals("/externship.xhtml", search.path());
        assertTrue(search.text("externship-hospital").startsWith("Riverside Community Health Center"));
        assertEquals("Psychiatry", search.text("fact-specialty"));
        assertEquals("6 weeks", search.text("fact-duration"));
        assertEquals("US$ 500", search.text("fact-fee"));
        String requirements = search.text("externship-requirements");
        assertTrue(requirements.contains("USMLE Step 1 passed."), requirements);
        assertTrue(requirements.contains(
                "Accepted visa status: US citizen, Permanent resident (green card), B-1 business visitor."),
                requirements);
        assertTrue(requirements.contains("BLS certification"), requirements);
        assertEquals(2, driver.findElements(By.cssSelector("#externship-periods li")).size());
        assertTrue(search.text("externship-letters").startsWith("Letters after six weeks"));
        assertFalse(search.has("eligibility"), "no eligibility for an anonymous visitor");

        search.backToTheSearch();
        assertEquals("/externships.xhtml", search.path());
        assertTrue(driver.getCurrentUrl().contains("q=psychiatry"), driver.getCurrentUrl());
        assertTrue(driver.getCurrentUrl().contains("sort=FEE"), driver.getCurrentUrl());
        assertEquals(List.of("Community psychiatry externship"), search.titles(), "back to the same search");
        assertEquals("Lowest fee", search.chosen("sort"));

        assertEquals(Set.of(), sessionCookies(driver), "browsing anonymously opens no session");
    }

    @Test
    void valuesThatCannotBeSearchedForAreSaidBesideTheirFilterAndTheRestOfTheSearchWorks(WebDriver driver,
                                                                                         RunningPortal portal) {
        SearchPage search = new SearchPage(driver, portal)
                .openSearch("?q=psychiatry&state=XYZ&maxFee=-5&specialty=ASTROLOGY&maxWeeks=many&page=0");

        assertEquals(List.of("Community psychiatry externship"), search.titles(), "the other filters still apply");
        assertEquals("\u201cXYZ\u201d is not a US state or territory. Choose one from the list; for now every state is"
                + " shown.", search.problem("state"));
        assertEquals("The portal has no specialty \u201cASTROLOGY\u201d. Choose one from the list; for now every"
                + " specialty is shown.", search.problem("specialty"));
        assertTrue(search.problem("maxFee").contains("\u201c-5\u201d cannot be used"), search.problem("maxFee"));
        assertTrue(search.problem("maxWeeks").startsWith("\u201cmany\u201d is not a number of weeks"),
                search.problem("maxWeeks"));
        assertEquals("", search.problem("city"));
        assertEquals("true", search.field("state").getAttribute("aria-invalid"));
        assertEquals("state-problem", search.field("state").getAttribute("aria-describedby"));
        assertEquals("Any", search.chosen("state"), "the filter is reset, visibly");
        assertEquals("Any", search.chosen("specialty"));
        assertEquals("", search.field("maxFee").getAttribute("value"));
        assertEquals("psychiatry", search.field("q").getAttribute("value"));
        String problems = search.problems();
        assertTrue(problems.contains("the notes beside the filters say why"), problems);
        assertTrue(problems.contains("there is no page \u201c0\u201d"), problems);

        search.choose("state", "New Jersey").submit();
        assertTrue(driver.getCurrentUrl().contains("state=NJ"), driver.getCurrentUrl());
        assertEquals(List.of("Community psychiatry externship"), search.titles());
        assertEquals("New Jersey", search.chosen("state"));
        assertEquals("", search.problems(), "what was left out is gone from the new search");
        assertEquals("", search.problem("state"));

        search.choose("state", "New York").submit();
        assertEquals("No externship found", search.resultCount(), "no psychiatry externship in New York");
    }

    @Test
    void onAPhoneTheFiltersFoldBehindOneButtonThatSaysHowManyAreSet(WebDriver driver, RunningPortal portal) {
        driver.manage().window().setSize(new Dimension(390, 844));
        try {
            PortalPage page = new PortalPage(driver, portal).open("/externships.xhtml?specialty=FAMILY_MEDICINE&maxFee=0");
            page.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#results a.hit-title")));
            assertTrue(driver.findElement(By.id("q")).isDisplayed(), "the free text stays at hand");
            assertFalse(driver.findElement(By.id("specialty")).isDisplayed(), "the filters are folded");
            assertEquals("Filters (2 set)", page.text("filters-toggle"));
            assertEquals("false", driver.findElement(By.id("filters-toggle")).getAttribute("aria-expanded"));
            driver.findElement(By.id("filters-toggle")).click();
            page.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("specialty")));
            assertEquals("true", driver.findElement(By.id("filters-toggle")).getAttribute("aria-expanded"));
            Long overflow = (Long) ((JavascriptExecutor) driver).executeScript(
                    "return document.documentElement.scrollWidth - window.innerWidth;");
            assertTrue(overflow <= 0, "the search is " + overflow + " px wider than a 390 px screen");

            page.open("/externships.xhtml?state=XYZ");
            page.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("state")));
            assertTrue(driver.findElement(By.id("state")).isDisplayed(), "a value left out opens the filters");
        } finally {
            driver.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    @Test
    void theWayBackLeadsToThisSitesSearchOnly(WebDriver driver, RunningPortal portal) {
        PortalPage page = new PortalPage(driver, portal)
                .open("/externship.xhtml?id=900006&search=https%3A%2F%2Fevil.example%2F%26state%3DNJ");
        page.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("externship-title")));
        String back = page.field("back-to-search").getAttribute("href");
        assertEquals(portal.baseUrl() + "/externships.xhtml?state=NJ", back);
    }

    @Test
    void whatIsNotPublicIsThe404Page(WebDriver driver, RunningPortal portal) {
        PortalPage page = new PortalPage(driver, portal);
        for (String id : List.of("999999999", "not-a-number", "")) {
            page.open("/externship.xhtml?id=" + id);
            page.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error-404")));
        }
        assertFalse(driver.getPageSource().contains("Exception"));
    }

    private static Set<String> sessionCookies(WebDriver driver) {
        return driver.manage().getCookies().stream().map(Cookie::getName)
                .filter(name -> name.toUpperCase().contains("SESSION"))
                .collect(Collectors.toSet());
    }
}
