package org.externship.portal.letters.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.externship.portal.letters.control.AccessTrail;
import org.externship.portal.letters.control.LetterFile;
import org.externship.portal.letters.control.LinkSecret;
import org.externship.portal.letters.entity.LetterContent;
import org.externship.portal.letters.entity.LetterDelivery;
import org.externship.portal.letters.entity.LetterRequest;
import org.externship.portal.letters.entity.LetterVersion;
import org.externship.portal.shared.boundary.NotAllowedException;
import org.externship.portal.shared.boundary.NotFoundException;
import org.externship.portal.shared.control.PortalClock;
import org.externship.portal.shared.tenancy.HospitalScope;
import org.externship.portal.tenant.entity.Hospital;

import java.time.Instant;
import java.util.regex.Pattern;

/**
 * A letter's download link, for the one recipient it was sent to (issue 11): no sign-in, the link's secret is the
 * key. The page says who wrote the letter and for whom; each download counts, and after 3 downloads or 14 days the
 * link opens nothing. Every download, and every refused one, is on the hospital's access trail. A link that is not
 * one of ours, or of another hospital than it names, is not found; nothing tells why.
 */
@Stateless
@PermitAll
public class LetterLinks {

    private static final Pattern ALIAS = Pattern.compile("[a-z0-9-]{1,40}");

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    HospitalScope hospital;

    @Inject
    AccessTrail trail;

    @Inject
    PortalClock clock;

    /** What link ({@code hospitalAlias}, {@code secret}) opens, without opening it. */
    public LinkedLetter open(String hospitalAlias, String secret) {
        Linked linked = linked(hospitalAlias, secret);
        LetterDelivery delivery = linked.delivery();
        LetterRequest request = linked.request();
        return new LinkedLetter(delivery.recipientName(), request.studentName(), request.attendingName(),
                linked.hospitalName(), delivery.program(), delivery.linkExpiresAt(),
                delivery.mostDownloads() - delivery.downloads(), delivery.linkWorks(clock.now()));
    }

    /**
     * The letter, one download of the link's allowance; refused once the link expired or every download was taken.
     * {@code address}: where the download comes from, for the trail.
     */
    public LetterFileDto download(String hospitalAlias, String secret, String address) {
        Linked linked = linked(hospitalAlias, secret);
        LetterDelivery delivery = linked.delivery();
        LetterRequest request = linked.request();
        Instant now = clock.now();
        LetterVersion newest = em.createNamedQuery(LetterVersion.OF_REQUEST, LetterVersion.class)
                .setParameter("request", request.id()).setMaxResults(1).getSingleResult();
        if (!delivery.linkWorks(now)) {
            trail.recordRecipient(request.hospitalAlias(), request.id(), newest.number(), delivery.id(),
                    delivery.recipientName(), address, false);
            throw new NotAllowedException(now.isBefore(delivery.linkExpiresAt())
                    ? "letters.link.usedUp" : "letters.link.expired");
        }
        delivery.downloaded(now);
        em.flush(); // two downloads at once: the second fails on the version instead of counting as one
        byte[] content = em.find(LetterContent.class, newest.id()).content();
        trail.recordRecipient(request.hospitalAlias(), request.id(), newest.number(), delivery.id(),
                delivery.recipientName(), address, true);
        return new LetterFileDto(LetterFile.deliveryName("Letter", request.studentName(), request.attendingName()),
                content);
    }

    private Linked linked(String hospitalAlias, String secret) {
        if (hospitalAlias == null || !ALIAS.matcher(hospitalAlias).matches() || !LinkSecret.isWellFormed(secret)) {
            throw new NotFoundException("letter link", 0);
        }
        hospital.enter(hospitalAlias);
        Hospital owner = em.createNamedQuery(Hospital.BY_ALIAS, Hospital.class).setParameter("alias", hospitalAlias)
                .getResultStream().findFirst().orElseThrow(() -> new NotFoundException("letter link", 0));
        LetterDelivery delivery = em.createNamedQuery(LetterDelivery.BY_LINK, LetterDelivery.class)
                .setParameter("hospital", hospitalAlias).setParameter("hash", LinkSecret.hash(secret))
                .getResultStream().findFirst().orElseThrow(() -> new NotFoundException("letter link", 0));
        LetterRequest request = em.find(LetterRequest.class, delivery.requestId());
        return new Linked(owner.name(), delivery, request);
    }

    private record Linked(String hospitalName, LetterDelivery delivery, LetterRequest request) {
    }
}
