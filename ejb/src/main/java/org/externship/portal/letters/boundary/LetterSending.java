package org.externship.portal.letters.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.externship.portal.letters.control.AccessTrail;
import org.externship.portal.letters.control.LetterFile;
import org.externship.portal.letters.control.LinkDelivery;
import org.externship.portal.letters.entity.DeliveryKind;
import org.externship.portal.letters.entity.LetterAccess;
import org.externship.portal.letters.entity.LetterContent;
import org.externship.portal.letters.entity.LetterDelivery;
import org.externship.portal.letters.entity.LetterRequest;
import org.externship.portal.letters.entity.LetterVersion;
import org.externship.portal.shared.boundary.NotAllowedException;
import org.externship.portal.shared.boundary.NotFoundException;
import org.externship.portal.shared.control.PortalClock;
import org.externship.portal.shared.security.CurrentUser;
import org.externship.portal.shared.security.Roles;
import org.externship.portal.shared.tenancy.TenantContext;
import org.externship.portal.shared.tenancy.TenantIsolated;
import org.externship.portal.tenant.entity.Hospital;

import java.util.List;

/**
 * The writer delivers their complete letter where the student assigned it (issue 11), in the hospital they act for:
 * downloads it for the residency application service under a file name the service accepts, beside the letter id the
 * student gave, and says it is uploaded; or sends the one recipient a download link by e-mail (14 days, 3 downloads).
 * Once delivered anywhere the letter is final. Every download and every link sent is on the access trail. Another
 * attending's letter, or another hospital's, is not found.
 */
@Stateless
@TenantIsolated
@RolesAllowed(Roles.ATTENDING)
public class LetterSending {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    TenantContext tenant;

    @Inject
    AccessTrail trail;

    @Inject
    LinkDelivery linkDelivery;

    @Inject
    PortalClock clock;

    /** Where the student assigned the letter of request {@code requestId}, in the order they did. */
    public List<DeliveryDto> deliveries(long requestId) {
        mine(requestId);
        return em.createNamedQuery(LetterDelivery.OF_REQUEST, LetterDelivery.class)
                .setParameter("request", requestId).getResultStream().map(DeliveryDto::of).toList();
    }

    /**
     * The letter as the service's letter portal takes it, for delivery {@code deliveryId}: the newest version, named
     * after the student, the writer and the letter id. On the trail.
     */
    public LetterFileDto forEras(long deliveryId) {
        Delivery delivery;
        try {
            delivery = delivery(deliveryId, DeliveryKind.ERAS);
        } catch (NotFoundException | NotAllowedException e) {
            refusedRead(deliveryId);
            throw e;
        }
        LetterVersion newest = newest(delivery.request());
        byte[] content = em.find(LetterContent.class, newest.id()).content();
        trail.record(delivery.request().hospitalAlias(), delivery.request().id(), newest.number(),
                LetterWriting.ROLE, LetterAccess.Action.READ, true);
        return new LetterFileDto(LetterFile.deliveryName("Letter", delivery.request().studentName(),
                delivery.request().attendingName(), delivery.entity().erasLetterId()), content);
    }

    /** The writer uploaded the letter to the service under delivery {@code deliveryId}'s letter id. */
    public List<DeliveryDto> uploaded(long deliveryId) {
        Delivery delivery = delivery(deliveryId, DeliveryKind.ERAS);
        requireWaiting(delivery);
        delivery.entity().uploaded(clock.now());
        delivery.request().delivered();
        return deliveries(delivery.request().id());
    }

    /** E-mails delivery {@code deliveryId}'s recipient a link to the letter, for them alone. On the trail. */
    public List<DeliveryDto> sendLink(long deliveryId) {
        Delivery delivery = delivery(deliveryId, DeliveryKind.LINK);
        requireWaiting(delivery);
        LetterRequest request = delivery.request();
        linkDelivery.send(request, delivery.entity(), hospitalName(request.hospitalAlias()), false);
        trail.record(request.hospitalAlias(), request.id(), newest(request).number(), LetterWriting.ROLE,
                LetterAccess.Action.SENT, true);
        return deliveries(request.id());
    }

    private void requireWaiting(Delivery delivery) {
        if (!delivery.entity().isWaiting()) {
            throw new NotAllowedException("letters.delivery.alreadyDelivered");
        }
    }

    private Delivery delivery(long deliveryId, DeliveryKind kind) {
        LetterDelivery delivery = em.find(LetterDelivery.class, deliveryId);
        if (delivery == null || delivery.kind() != kind || !delivery.hospitalAlias().equals(tenant.requireTenant())) {
            throw new NotFoundException("letter delivery", deliveryId);
        }
        LetterRequest request = mine(delivery.requestId());
        if (!request.isFinished()) {
            throw new NotAllowedException("letters.delivery.notComplete");
        }
        return new Delivery(request, delivery);
    }

    /**
     * A download of delivery {@code deliveryId}'s letter that was refused goes on the trail of the letter it names, if
     * that letter is this hospital's (a colleague's attempt); an id of nothing here names no letter to record it on.
     */
    private void refusedRead(long deliveryId) {
        LetterDelivery delivery = em.find(LetterDelivery.class, deliveryId);
        if (delivery != null && delivery.hospitalAlias().equals(tenant.requireTenant())) {
            trail.record(delivery.hospitalAlias(), delivery.requestId(), null, LetterWriting.ROLE,
                    LetterAccess.Action.READ, false);
        }
    }

    private LetterVersion newest(LetterRequest request) {
        return em.createNamedQuery(LetterVersion.OF_REQUEST, LetterVersion.class)
                .setParameter("request", request.id()).setMaxResults(1).getSingleResult();
    }

    private String hospitalName(String alias) {
        return em.createNamedQuery(Hospital.BY_ALIAS, Hospital.class).setParameter("alias", alias)
                .getSingleResult().name();
    }

    private LetterRequest mine(long requestId) {
        return em.createNamedQuery(LetterRequest.ONE_FOR_ATTENDING, LetterRequest.class)
                .setParameter("id", requestId)
                .setParameter("hospital", tenant.requireTenant())
                .setParameter("attending", user.subject())
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("letter", requestId));
    }

    private record Delivery(LetterRequest request, LetterDelivery entity) {
    }
}
