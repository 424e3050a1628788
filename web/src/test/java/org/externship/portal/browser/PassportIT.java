package org.externship.portal.browser;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A student fills in the clinical passport, uploads a real PDF and sees it listed with its expiry; a text file
 * named .pdf is refused with a message and nothing is listed for it.
 */
@ExtendWith(PortalExtension.class)
class PassportIT {

    @Test
    void aStudentFillsThePassportUploadsAPdfAndIsToldOffForAFakeOne(WebDriver driver, RunningPortal portal,
                                                                    @TempDir Path files) throws IOException {
        PassportPage page = new PassportPage(driver, portal);
        page.signIn("sam", "demo");
        driver.findElement(By.id("menu-student-passport")).click();
        page.show();

        // another test may have given sam a passport already: the school is emptied here, whatever was there
        page.type("medicalSchool", "").type("graduationYear", "1800").save();
        assertTrue(page.messageOn("medicalSchool").length() > 0, "the school is required");
        assertTrue(page.messageOn("graduationYear").contains("four-digit"), page.messageOn("graduationYear"));

        page.show();
        page.type("medicalSchool", "American University of the Caribbean").type("schoolCountry", "Sint Maarten")
                .type("graduationYear", String.valueOf(Year.now().getValue() - 1))
                .choose("profile:step1", "Passed").choose("profile:step2ck", "Passed").type("step2ckScore", "238")
                .choose("profile:step3", "Not taken yet").choose("profile:ecfmg", "Certified")
                .choose("profile:visa", "B-1 business visitor").tickSpecialty("Internal medicine");
        page.save();
        assertTrue(page.globalMessages().contains("Your clinical passport is saved."), page.globalMessages());

        page.show();
        assertEquals("American University of the Caribbean", page.field("profile:medicalSchool")
                .getAttribute("value"), "the profile is kept");

        Path pdf = files.resolve("BLS card.pdf");
        Files.write(pdf, pdf());
        LocalDate nextYear = LocalDate.now().plusYears(1);
        page.upload("BLS certification", nextYear, pdf);
        assertTrue(page.globalMessages().contains("BLS certification uploaded: BLS card.pdf."),
                page.globalMessages());
        String bls = page.documentRow("BLS certification");
        assertTrue(bls.contains("BLS card.pdf") && bls.contains("Valid"), bls);

        String link = driver.findElement(By.cssSelector("[id='documents:list'] a[href*='/student/document']"))
                .getAttribute("href");
        HttpResponse<byte[]> download = get(driver, link);
        assertEquals(200, download.statusCode());
        assertEquals("application/pdf", download.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertEquals("attachment; filename=\"BLS card.pdf\"",
                download.headers().firstValue("Content-Disposition").orElse(""));
        assertEquals("nosniff", download.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertArrayEquals(Files.readAllBytes(pdf), download.body());
        assertEquals(404, get(driver, link.replaceAll("id=\\d+", "id=1")).statusCode(),
                "no one else's document through this path");
        HttpResponse<byte[]> passportPage = get(driver, portal.baseUrl() + "/student/passport.xhtml");
        assertTrue(new String(passportPage.body(), StandardCharsets.UTF_8)
                .contains("American University of the Caribbean"), "the signed-in page itself");
        assertEquals("no-store", passportPage.headers().firstValue("Cache-Control").orElse(""),
                "a signed-in page is never kept by the browser (the back button after sign-out)");

        page.upload("Immunization record", LocalDate.now().plusDays(10), pdf);
        assertTrue(page.documentRow("Immunization record").contains("Expires soon"),
                page.documentRow("Immunization record"));

        Path fake = files.resolve("cv.pdf");
        Files.writeString(fake, "My CV, honestly a PDF.", StandardCharsets.UTF_8);
        page.upload("CV", null, fake);
        assertTrue(page.globalMessages().contains("not a PDF, PNG or JPEG"), page.globalMessages());
        assertTrue(page.documentRow("CV").contains("Not uploaded"), page.documentRow("CV"));
    }

    /** A GET in the signed-in browser's session (its cookies), as a download would be. */
    private static HttpResponse<byte[]> get(WebDriver driver, String url) throws IOException {
        String cookies = driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).header("Cookie", cookies)
                    .build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static byte[] pdf() throws IOException {
        try (PDDocument document = new PDDocument(); var out = new java.io.ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.save(out);
            return out.toByteArray();
        }
    }
}
