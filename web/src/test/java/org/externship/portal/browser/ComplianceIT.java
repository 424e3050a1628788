package org.externship.portal.browser;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 10, onboarding compliance in the browser: a student placed at St. Mary's (whose demo requirements apply)
 * hands in a document for each requirement; carla finds the placement red on the onboarding dashboard, opens its
 * items, downloads one and verifies them all; the dashboard turns green.
 */
@ExtendWith(PortalExtension.class)
class ComplianceIT {

    private static final String PASSWORD = "Hands-it-in-1";
    private static final String DEMO = "demo";

    @Test
    void aStudentHandsInTheDocumentsAndTheCoordinatorVerifiesThemUntilTheDashboardIsGreen(WebDriver driver,
            RunningPortal portal, @TempDir Path files) throws IOException {
        String run = TestRun.id();
        String last = "Ready" + run.replaceAll("[0-9]", "x");
        String title = "Onboarding wards " + run;
        LocalDate start = LocalDate.now().plusDays(14);
        portal.createUser("onb-" + run, PASSWORD, "Olga", last, "student");
        long application = StudentPlacing.place(driver, portal, "onb-" + run, PASSWORD, "Olga " + last, title, start,
                null);
        Path pdf = files.resolve("evidence.pdf");
        Files.write(pdf, pdf());

        PortalPage student = new PortalPage(driver, portal);
        student.signIn("onb-" + run, PASSWORD);
        student.open("/student/compliance.xhtml?application=" + application);
        student.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("compliance-title")));
        List<String> requirements = driver.findElements(By.cssSelector("[id='upload:requirement_input'] option"))
                .stream().map(o -> o.getAttribute("textContent")).skip(1).toList();
        assertFalse(requirements.isEmpty(), "St. Mary's demo requirements apply");
        for (String requirement : requirements) {
            student.chooseInMenu("upload:requirement", requirement);
            WebElement date = student.field("upload:expiresOn_input");
            date.clear();
            date.sendKeys(TypedDate.of(start.plusYears(1)), Keys.ESCAPE);
            driver.findElement(By.cssSelector("#upload input[type='file']")).sendKeys(pdf.toAbsolutePath().toString());
            WebElement submit = student.field("upload:submit");
            submit.click();
            student.wait.until(ExpectedConditions.stalenessOf(submit));
            student.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("compliance-title")));
            assertTrue(student.globalMessages().contains("Handed in"), student.globalMessages());
        }
        assertEquals(requirements.size(), driver.findElements(By.cssSelector(".standing-SUBMITTED")).size());
        student.signOut();

        PortalPage carla = new PortalPage(driver, portal);
        carla.signIn("carla", DEMO);
        carla.open("/coordinator/compliance.xhtml");
        assertTrue(row(driver, "Olga " + last).contains("Not ready"), row(driver, "Olga " + last));
        driver.findElement(By.linkText("Olga " + last)).click();
        carla.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("check-title")));
        byte[] evidence = carla.download("items:checklist:0:evidence");
        assertEquals("%PDF-", new String(evidence, 0, 5, java.nio.charset.StandardCharsets.US_ASCII),
                "the coordinator downloads what was handed in");
        while (!driver.findElements(By.cssSelector("[id$=':verify']")).isEmpty()) {
            carla.clickAjax(By.cssSelector("[id$=':verify']"));
        }
        assertTrue(carla.text("check-standing").contains("Ready"), carla.text("check-standing"));
        carla.open("/coordinator/compliance.xhtml");
        String row = row(driver, "Olga " + last);
        assertTrue(row.contains("Ready") && !row.contains("Not ready"), row);
        carla.signOut();
    }

    private static String row(WebDriver driver, String student) {
        return driver.findElements(By.cssSelector("[id='dashboard'] tbody tr")).stream().map(WebElement::getText)
                .filter(text -> text.contains(student)).findFirst().orElse("");
    }

    private static byte[] pdf() throws IOException {
        try (PDDocument document = new PDDocument(); var out = new java.io.ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.save(out);
            return out.toByteArray();
        }
    }
}
