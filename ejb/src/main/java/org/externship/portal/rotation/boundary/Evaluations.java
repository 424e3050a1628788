package org.externship.portal.rotation.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.externship.portal.identity.entity.StaffMember;
import org.externship.portal.learninglog.boundary.PatientPrivacy;
import org.externship.portal.placement.boundary.PlacementDto;
import org.externship.portal.placement.boundary.Placements;
import org.externship.portal.rotation.entity.Competency;
import org.externship.portal.rotation.entity.Evaluation;
import org.externship.portal.rotation.entity.Rating;
import org.externship.portal.shared.boundary.NotAllowedException;
import org.externship.portal.shared.boundary.NotFoundException;
import org.externship.portal.shared.boundary.Text;
import org.externship.portal.shared.control.PortalClock;
import org.externship.portal.shared.control.ReportsInvalidInput;
import org.externship.portal.shared.security.CurrentUser;
import org.externship.portal.shared.security.Roles;
import org.externship.portal.shared.tenancy.TenantContext;
import org.externship.portal.shared.tenancy.TenantIsolated;

import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Evaluations at the end of a placement (issue 10): a supervising attending sends theirs once, from the placement's
 * final week (part of the end-of-placement task); the hospital's coordinators read them. A placement the attending
 * does not supervise, or another hospital's, is not found.
 */
@Stateless
@TenantIsolated
@ReportsInvalidInput
public class Evaluations {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Placements placements;

    @Inject
    TenantContext tenant;

    @Inject
    CurrentUser user;

    @Inject
    PortalClock clock;

    @Inject
    PatientPrivacy privacy;

    /** The caller's evaluation of placement {@code placementId}, which they supervise; empty until sent. */
    @RolesAllowed(Roles.ATTENDING)
    public Optional<EvaluationDto> mine(long placementId) {
        placements.supervisedByMe(placementId);
        long me = me().id();
        return ofPlacement(placementId).stream().filter(e -> e.attendingStaffId() == me).findFirst()
                .map(EvaluationDto::of);
    }

    /**
     * Sends the caller's evaluation of the placement they supervise: from its final week, once. Comments go through
     * the de-identification guard.
     */
    @RolesAllowed(Roles.ATTENDING)
    public EvaluationDto submit(@NotNull @Valid EvaluationCommand command) {
        PlacementDto placement = placements.supervisedByMe(command.placementId());
        if (clock.today().isBefore(placement.completableFrom())) {
            throw new NotAllowedException("evaluation.tooEarly", placement.completableFrom());
        }
        StaffMember me = me();
        if (ofPlacement(placement.id()).stream().anyMatch(e -> e.attendingStaffId() == me.id())) {
            throw new NotAllowedException("evaluation.sent");
        }
        Map<Competency, Rating> ratings = new EnumMap<>(Competency.class);
        Map<String, String> texts = new LinkedHashMap<>();
        for (Competency competency : Competency.values()) {
            EvaluationCommand.Score given = command.ratings().get(competency);
            String note = given == null ? null : Text.trimmed(given.note());
            ratings.put(competency, new Rating(given == null ? null : given.score(), note));
            if (note != null) {
                texts.put(competency.name(), note);
            }
        }
        if (ratings.values().stream().allMatch(r -> r.score() == null)) {
            throw new NotAllowedException("evaluation.nothingScored");
        }
        String overall = Text.trimmed(command.overall());
        texts.put("overall", overall);
        privacy.requireDeidentified(texts);
        Evaluation evaluation = new Evaluation(tenant.requireTenant(), placement.id(), studentOf(placement.id()),
                me.id(), me.fullName(), ratings, overall, clock.now());
        em.persist(evaluation);
        return EvaluationDto.of(evaluation);
    }

    /**
     * Which of placements {@code placementIds} the caller has evaluated, in the hospital they act for: one query,
     * whatever their number (the home page's "Placements ending" card). Another attending's placements, or another
     * hospital's, are simply not among them.
     */
    @RolesAllowed(Roles.ATTENDING)
    public Set<Long> sentByMe(@NotNull @Size(max = 1000) Collection<Long> placementIds) {
        if (placementIds.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(em.createQuery("select e.placementId from Evaluation e, StaffMember s "
                        + "where e.hospitalAlias = :hospital and e.placementId in :placements "
                        + "and e.attendingStaffId = s.id and s.keycloakUserId = :me", Long.class)
                .setParameter("hospital", tenant.requireTenant())
                .setParameter("placements", List.copyOf(placementIds))
                .setParameter("me", user.subject())
                .getResultList());
    }

    /** The evaluations sent of placement {@code placementId} of the caller's hospital. */
    @RolesAllowed(Roles.COORDINATOR)
    public List<EvaluationDto> of(long placementId) {
        placements.one(placementId);
        return ofPlacement(placementId).stream().map(EvaluationDto::of).toList();
    }

    private List<Evaluation> ofPlacement(long placementId) {
        return em.createNamedQuery(Evaluation.OF_PLACEMENT, Evaluation.class)
                .setParameter("hospital", tenant.requireTenant())
                .setParameter("placement", placementId)
                .getResultList();
    }

    private String studentOf(long placementId) {
        return em.createQuery("select p.application.studentSubject from Placement p where p.id = :id", String.class)
                .setParameter("id", placementId).getSingleResult();
    }

    private StaffMember me() {
        return em.createNamedQuery(StaffMember.BY_SUBJECT, StaffMember.class)
                .setParameter("subject", user.subject())
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("staff member", user.subject()));
    }
}
