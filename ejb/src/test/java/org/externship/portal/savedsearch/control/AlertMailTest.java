package org.externship.portal.savedsearch.control;

import org.externship.portal.listing.boundary.ExternshipHit;
import org.externship.portal.listing.entity.ClinicalSetting;
import org.externship.portal.listing.entity.ExternshipType;
import org.externship.portal.qualification.entity.Specialty;
import org.externship.portal.shared.control.Mailer.Mail;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The daily alert says what happened in its first sentence, lists each saved search's new externships with a link
 * to each one, says how many more there are, links to the page where alerts are switched off, and lets nothing a
 * student or a hospital typed become markup.
 */
class AlertMailTest {

    private static final String BASE = "https://portal.example";

    @Test
    void oneSearchOneExternship() {
        Mail mail = new AlertMail(BASE).compose("priya@students.example", "Priya Raman",
                List.of(new AlertMail.Section(7, "Pediatrics in New York", List.of(hit(42, "Pediatric wards")), 1)));

        assertEquals("New externships for your saved search \u201cPediatrics in New York\u201d", mail.subject());
        String[] lines = mail.body().split("\n");
        assertEquals("Dear Priya Raman,", lines[0]);
        assertEquals("Since your last alert, one externship has been published or opened a new rotation that matches"
                + " your saved search.", lines[2]);
        assertTrue(mail.body().contains("\u201cPediatrics in New York\u201d: one new externship"), mail.body());
        assertTrue(mail.body().contains("- Pediatric wards, St. Mary's Teaching Hospital (Brooklyn, NY); next rotation"
                + " starts March 1, 2027\n  " + BASE + "/externship.xhtml?id=42"), mail.body());
        assertTrue(mail.body().contains(BASE + "/student/saved-searches.xhtml"), "the way to stop the alerts");
        assertFalse(mail.body().contains("more"), mail.body());

        assertTrue(mail.html().contains("href=\"" + BASE + "/externship.xhtml?id=42\""), mail.html());
        assertTrue(mail.html().contains("href=\"" + BASE + "/student/saved-searches.xhtml\""), mail.html());
        assertTrue(mail.html().contains("Externship Portal</div>"), "the portal's look");
    }

    @Test
    void severalSearchesInOneMailWithHowManyMore() {
        Mail mail = new AlertMail(BASE).compose("sam@students.example", null, List.of(
                new AlertMail.Section(7, "Pediatrics", List.of(hit(1, "One"), hit(2, "Two")), 5),
                new AlertMail.Section(8, "No fee", List.of(hit(3, "Three")), 1)));

        assertEquals("New externships for 2 of your saved searches", mail.subject());
        assertTrue(mail.body().startsWith("Hello,\n\nSince your last alert, 6 externships have been published or"
                + " opened a new rotation that match your saved searches."), mail.body());
        assertTrue(mail.body().contains("\u201cPediatrics\u201d: 5 new externships"), mail.body());
        assertTrue(mail.body().contains("And 3 more: open the search on the portal to see them."), mail.body());
        assertTrue(mail.body().contains("\u201cNo fee\u201d: one new externship"), mail.body());
    }

    @Test
    void nothingTypedBecomesMarkup() {
        Mail mail = new AlertMail(BASE).compose("sam@students.example", "Sam <script>",
                List.of(new AlertMail.Section(7, "<b>mine</b> & \"yours\"", List.of(hit(1, "Wards <i>&</i> clinic")),
                        1)));

        assertFalse(mail.html().contains("<b>mine</b>"), mail.html());
        assertFalse(mail.html().contains("<i>&</i>"), mail.html());
        assertFalse(mail.html().contains("<script>"), mail.html());
        assertTrue(mail.html().contains("&lt;b&gt;mine&lt;/b&gt; &amp; &quot;yours&quot;"), mail.html());
        assertTrue(mail.html().contains("Wards &lt;i&gt;&amp;&lt;/i&gt; clinic"), mail.html());
        assertTrue(mail.body().contains("Wards <i>&</i> clinic"), "the plain text keeps the words as typed");
    }

    private static ExternshipHit hit(long id, String title) {
        LocalDate start = LocalDate.of(2027, 3, 1);
        return new ExternshipHit(id, title, "St. Mary's Teaching Hospital", "Brooklyn", "NY", Specialty.PEDIATRICS,
                ExternshipType.HANDS_ON_CLINICAL, ClinicalSetting.INPATIENT, start, start.minusWeeks(6), 0,
                List.of(start));
    }
}
