package org.externship.portal.letters.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.externship.portal.letters.entity.LetterDelivery;
import org.externship.portal.letters.entity.LetterRequest;
import org.externship.portal.shared.control.Mailer;
import org.externship.portal.shared.control.PortalClock;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;

/**
 * The one way a complete letter's download link goes to the recipient the student named (issue 11): a new secret (only
 * its hash is kept, so the database cannot open a link), the delivery sent and the letter final, the link e-mailed
 * after the commit ({@link LinkMail}). Its writer sends it ({@code LetterSending}); for a writer the hospital has
 * deactivated since, the portal does ({@link FollowUpSender#sendForWriter}). The caller puts it on the trail.
 */
@Dependent
public class LinkDelivery {

    /** The public page a link opens. */
    public static final String LINK_PAGE = "/letter-link.xhtml";

    @Inject
    Mailer mailer;

    @Inject
    PortalClock clock;

    @Inject
    @ConfigProperty(name = "portal.base-url")
    String baseUrl;

    /**
     * Sends waiting link delivery {@code delivery} of the finished letter of {@code request}, written at
     * {@code hospitalName}; {@code byPortal}: for its deactivated writer, at the student's request.
     */
    public void send(LetterRequest request, LetterDelivery delivery, String hospitalName, boolean byPortal) {
        String secret = LinkSecret.create();
        delivery.linkSent(LinkSecret.hash(secret), clock.now());
        request.delivered();
        String link = baseUrl + LINK_PAGE + "?hospital=" + request.hospitalAlias() + "&key="
                + URLEncoder.encode(secret, StandardCharsets.US_ASCII);
        mailer.sendAfterCommit(new LinkMail(ZoneId.systemDefault()).compose(new LinkMail.About(
                delivery.recipientName(), delivery.recipientEmail(), request.studentName(), request.attendingName(),
                hospitalName, delivery.program(), delivery.linkExpiresAt(), delivery.mostDownloads(), byPortal),
                link));
    }
}
