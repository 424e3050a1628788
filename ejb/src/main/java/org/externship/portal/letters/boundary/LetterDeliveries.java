package org.externship.portal.letters.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.externship.portal.identity.entity.StaffMember;
import org.externship.portal.letters.entity.DeliveryKind;
import org.externship.portal.letters.entity.LetterDelivery;
import org.externship.portal.letters.entity.LetterRequest;
import org.externship.portal.shared.boundary.NotAllowedException;
import org.externship.portal.shared.boundary.NotFoundException;
import org.externship.portal.shared.control.ReportsInvalidInput;
import org.externship.portal.shared.entity.StoredTime;
import org.externship.portal.shared.security.CurrentUser;
import org.externship.portal.shared.security.Roles;
import org.externship.portal.shared.tenancy.HospitalScope;

import java.util.List;

/**
 * The signed-in student sends their complete letters to the programs they apply to (issue 11): through the residency
 * application service, under the letter id of the service's letter request form (the writer uploads it there), or by
 * a download link to one named recipient (the writer sends it). The student sees where each one stands, never the
 * letter, never the link; a delivery the writer has not made yet can be withdrawn. A complete letter stays the
 * student's to send after the hospital deactivates its writer: the portal sends its links in the writer's stead
 * ({@code FollowUpSender}); an upload to the service only the writer can make, so none is taken on for them.
 */
@Stateless
@ReportsInvalidInput
@RolesAllowed(Roles.STUDENT)
public class LetterDeliveries {

    /** Deliveries of one letter: more than any application season needs. */
    static final int MOST = 40;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    HospitalScope hospital;

    /** The caller's request {@code requestId} and where its letter goes. */
    public Delivering of(long requestId) {
        return delivering(own(requestId));
    }

    public Delivering assign(@NotNull @Valid DeliveryCommand command) {
        LetterRequest request = own(command.requestId());
        if (!request.isFinished()) {
            throw new NotAllowedException("letters.delivery.notFinished", request.attendingName());
        }
        if (command.kind() == DeliveryKind.ERAS && !writerActive(request)) {
            throw new NotAllowedException("letters.delivery.writerGone.eras", request.attendingName());
        }
        List<LetterDelivery> existing = deliveries(request.id());
        if (existing.size() >= MOST) {
            throw new NotAllowedException("letters.delivery.tooMany", MOST);
        }
        String program = command.program().strip();
        LetterDelivery delivery;
        if (command.kind() == DeliveryKind.ERAS) {
            String letterId = command.erasLetterId().strip();
            if (existing.stream().anyMatch(d -> letterId.equalsIgnoreCase(d.erasLetterId()))) {
                throw new NotAllowedException("letters.delivery.sameLetterId", letterId);
            }
            delivery = LetterDelivery.throughEras(request, program, letterId, StoredTime.now());
        } else {
            String email = command.recipientEmail().strip();
            if (email.equalsIgnoreCase(user.email())) {
                throw new NotAllowedException("letters.delivery.ownAddress");
            }
            if (existing.stream().anyMatch(d -> email.equalsIgnoreCase(d.recipientEmail()))) {
                throw new NotAllowedException("letters.delivery.sameRecipient", email);
            }
            delivery = LetterDelivery.byLink(request, program, command.recipientName().strip(), email,
                    StoredTime.now());
        }
        em.persist(delivery);
        return delivering(request);
    }

    /** Takes back delivery {@code deliveryId} while the writer has not made it; a made one stays. */
    public Delivering withdraw(long deliveryId) {
        LetterDelivery delivery = em.find(LetterDelivery.class, deliveryId);
        if (delivery == null || !delivery.studentSubject().equals(user.subject())) {
            throw new NotFoundException("letter delivery", deliveryId);
        }
        if (!delivery.isWaiting()) {
            throw new NotAllowedException("letters.delivery.alreadyDelivered");
        }
        LetterRequest request = own(delivery.requestId());
        em.remove(delivery);
        em.flush();
        return delivering(request);
    }

    private Delivering delivering(LetterRequest request) {
        return new Delivering(LetterRequestDto.of(request),
                deliveries(request.id()).stream().map(DeliveryDto::of).toList(), writerActive(request));
    }

    /**
     * Whether the letter's writer still works with its hospital through the portal (not deactivated:
     * {@link StaffMember#isActive}, the rule of {@link StaffMember#ACTIVE_IN_ROLE}).
     */
    private boolean writerActive(LetterRequest request) {
        hospital.enter(request.hospitalAlias());
        StaffMember writer = em.find(StaffMember.class, request.attendingStaffId());
        return writer != null && writer.isActive();
    }

    private List<LetterDelivery> deliveries(long requestId) {
        return em.createNamedQuery(LetterDelivery.OF_REQUEST, LetterDelivery.class)
                .setParameter("request", requestId).getResultList();
    }

    private LetterRequest own(long requestId) {
        return em.createNamedQuery(LetterRequest.ONE_OF_STUDENT, LetterRequest.class)
                .setParameter("id", requestId).setParameter("student", user.subject())
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("letter request", requestId));
    }

    /**
     * A letter request and where its letter goes, in the order the student assigned them; {@code writerActive}: its
     * writer still works with the hospital through the portal (if not, the portal sends the links, and nobody uploads
     * to the service).
     */
    public record Delivering(LetterRequestDto request, List<DeliveryDto> deliveries, boolean writerActive) {

        /** How the letter can still go: both ways while its writer delivers it, by link only once they are gone. */
        public List<DeliveryKind> kinds() {
            return writerActive ? List.of(DeliveryKind.values()) : List.of(DeliveryKind.LINK);
        }
    }
}
