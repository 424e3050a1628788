package org.externship.portal.savedsearch.control;

import org.externship.portal.listing.boundary.ExternshipHit;
import org.externship.portal.shared.control.MailLayout;
import org.externship.portal.shared.control.Mailer.Mail;

import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The one e-mail a student gets on a day when their saved searches have news: plain text and HTML in the portal's
 * look ({@link MailLayout}), a sentence that says what happened, each search's new externships with a link to each
 * externship's page, and the link to the page where the student switches the alerts off. Texts in
 * {@code savedsearch/alerts.properties}.
 */
final class AlertMail {

    private static final String BUNDLE = "org.externship.portal.savedsearch.alerts";
    private static final DateTimeFormatter DAYS = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);

    /** One saved search's news: the first of its new externships, and how many there are in all. */
    record Section(long savedSearchId, String name, List<ExternshipHit> hits, long total) {

        Section {
            hits = List.copyOf(hits);
        }
    }

    private final ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH);
    private final String baseUrl;

    /** {@code baseUrl}: the portal's address, which every link of the mail begins with. */
    AlertMail(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** The mail to {@code to} ({@code studentName} may be unknown: null) about {@code sections}, one at least. */
    Mail compose(String to, String studentName, List<Section> sections) {
        long total = sections.stream().mapToLong(Section::total).sum();
        String subject = sections.size() == 1 ? format("subject.one", sections.get(0).name())
                : format("subject.many", sections.size());
        String greeting = studentName == null || studentName.isBlank() ? format("greeting.unnamed")
                : format("greeting.named", studentName.strip());
        String lead = format("lead", total, sections.size());
        String manage = manageUrl();

        StringBuilder text = new StringBuilder(greeting).append("\n\n").append(lead).append("\n\n");
        StringBuilder html = new StringBuilder(MailLayout.paragraph(greeting)).append(MailLayout.paragraph(lead));
        for (Section section : sections) {
            String heading = format("section", "\u201c" + section.name() + "\u201d", section.total());
            text.append(heading).append('\n');
            html.append("<h2 style=\"font-size:17px;margin:20px 0 8px;\">").append(MailLayout.escape(heading))
                    .append("</h2><ul style=\"padding-left:20px;\">");
            for (ExternshipHit hit : section.hits()) {
                String line = format("hit", hit.title(), hit.hospitalName(), hit.city(), hit.state(),
                        DAYS.format(hit.nextStart()));
                String link = externshipUrl(hit.id());
                text.append("- ").append(line).append("\n  ").append(link).append('\n');
                html.append("<li style=\"margin-bottom:8px;\">").append(MailLayout.escape(line)).append("<br>")
                        .append(MailLayout.link(link, format("open"))).append("</li>");
            }
            html.append("</ul>");
            long more = section.total() - section.hits().size();
            if (more > 0) {
                String moreText = format("more", more);
                text.append(moreText).append('\n');
                html.append(MailLayout.paragraph(moreText));
            }
            text.append('\n');
        }
        String why = format("why");
        String signature = format("signature");
        text.append(why).append('\n').append(manage).append("\n\n").append(signature).append('\n');
        html.append(MailLayout.muted(why)).append(MailLayout.button(manage, format("manage")))
                .append(MailLayout.muted(signature));
        return new Mail(to, subject, text.toString(), MailLayout.page(html.toString()));
    }

    String externshipUrl(long id) {
        return baseUrl + "/externship.xhtml?id=" + id;
    }

    String manageUrl() {
        return baseUrl + "/student/saved-searches.xhtml";
    }

    private String format(String key, Object... arguments) {
        return new MessageFormat(texts.getString(key), Locale.ENGLISH).format(arguments);
    }
}
