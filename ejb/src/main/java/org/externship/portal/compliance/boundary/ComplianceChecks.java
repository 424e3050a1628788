package org.externship.portal.compliance.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.externship.portal.compliance.control.Checklists;
import org.externship.portal.compliance.control.ComplianceMail;
import org.externship.portal.compliance.entity.ComplianceItem;
import org.externship.portal.compliance.entity.ComplianceRequirement;
import org.externship.portal.compliance.entity.ItemStatus;
import org.externship.portal.passport.control.DocumentStore;
import org.externship.portal.placement.entity.Placement;
import org.externship.portal.shared.boundary.NotAllowedException;
import org.externship.portal.shared.boundary.NotFoundException;
import org.externship.portal.shared.boundary.Text;
import org.externship.portal.shared.control.Mailer;
import org.externship.portal.shared.control.PortalClock;
import org.externship.portal.shared.control.ReportsInvalidInput;
import org.externship.portal.shared.security.CurrentUser;
import org.externship.portal.shared.security.Roles;
import org.externship.portal.shared.tenancy.TenantContext;
import org.externship.portal.shared.tenancy.TenantIsolated;

import java.util.List;
import java.util.Optional;

/**
 * The coordinator's side of onboarding ({@link TenantIsolated}): the dashboard of upcoming placements, a placement's
 * checklist with each item's evidence, and the check: verify, or reject with a reason the student is mailed. Another
 * hospital's placement or item is not found.
 */
@Stateless
@TenantIsolated
@ReportsInvalidInput
@RolesAllowed(Roles.COORDINATOR)
public class ComplianceChecks {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Checklists checklists;

    @Inject
    TenantContext tenant;

    @Inject
    CurrentUser user;

    @Inject
    PortalClock clock;

    @Inject
    DocumentStore store;

    @Inject
    Mailer mailer;

    @Inject
    @ConfigProperty(name = "portal.base-url")
    String baseUrl;

    private final ComplianceMail mails = new ComplianceMail();

    /** Each placement not started that begins within 60 days (or is due already): red with what is missing, or green. */
    public List<PlacementCompliance> dashboard() {
        return checklists.dashboard(tenant.requireTenant(), clock.today());
    }

    /** The checklist of placement {@code placementId} of this hospital. */
    public Checklist of(long placementId) {
        return checklists.checklist(tenant.requireTenant(), placement(placementId), clock.today(), null);
    }

    /** Verifies item {@code itemId}: only evidence waiting for a check. */
    public Checklist verify(long itemId) {
        ComplianceItem item = item(itemId);
        if (item.status() != ItemStatus.SUBMITTED) {
            throw new NotAllowedException("compliance.notAwaiting");
        }
        item.verify(user.name(), clock.now());
        return of(item.placementId());
    }

    /** Rejects item {@code itemId} with a reason (required), and mails the student the reason once this commits. */
    public Checklist reject(@NotNull @Valid RejectCommand command) {
        ComplianceItem item = item(command.itemId());
        if (item.status() != ItemStatus.SUBMITTED && item.status() != ItemStatus.VERIFIED) {
            throw new NotAllowedException("compliance.notAwaiting");
        }
        String reason = Text.trimmed(command.reason());
        item.reject(reason, user.name(), clock.now());
        Placement placement = placement(item.placementId());
        ComplianceRequirement requirement = em.find(ComplianceRequirement.class, item.requirementId());
        mailer.sendAfterCommit(mails.rejected(placement.application().studentEmail(), placement.studentName(),
                requirement.name(), placement.externshipTitle(), placement.hospitalName(), reason,
                baseUrl + "/student/compliance.xhtml?application=" + placement.application().id() + "#placement-"
                        + placement.application().id()));
        return of(item.placementId());
    }

    /** The file handed in for item {@code itemId} of this hospital. */
    public Evidence evidence(long itemId) {
        ComplianceItem item = item(itemId);
        if (item.storageKey() == null) {
            throw new NotFoundException("evidence", itemId);
        }
        return new Evidence(item.fileName(), item.contentType(), store.read(item.storageKey()));
    }

    private Placement placement(long id) {
        return Optional.ofNullable(em.find(Placement.class, id))
                .orElseThrow(() -> new NotFoundException("placement", id));
    }

    private ComplianceItem item(long id) {
        ComplianceItem item = em.find(ComplianceItem.class, id);
        if (item == null || !item.hospitalAlias().equals(tenant.requireTenant())) {
            throw new NotFoundException("item", id);
        }
        return item;
    }
}
