package org.externship.portal.compliance.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.externship.portal.compliance.control.Checklists;
import org.externship.portal.compliance.entity.ComplianceRequirement;
import org.externship.portal.listing.boundary.ExternshipTitle;
import org.externship.portal.listing.entity.Externship;
import org.externship.portal.shared.boundary.NotFoundException;
import org.externship.portal.shared.boundary.Text;
import org.externship.portal.shared.control.PortalClock;
import org.externship.portal.shared.control.ReportsInvalidInput;
import org.externship.portal.shared.security.Roles;
import org.externship.portal.shared.tenancy.TenantIsolated;

import java.util.List;
import java.util.Map;

/**
 * What the coordinator's hospital requires before a student's first day ({@link TenantIsolated}): the current
 * requirements, a new one (for every externship or one of the hospital's), and retiring one: it no longer applies,
 * and what students handed in for it stays on record.
 */
@Stateless
@TenantIsolated
@ReportsInvalidInput
@RolesAllowed(Roles.COORDINATOR)
public class ComplianceRequirements {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Checklists checklists;

    @Inject
    PortalClock clock;

    /** The hospital's current requirements, by name. */
    public List<RequirementDto> current() {
        Map<Long, String> titles = checklists.externshipTitles();
        return checklists.current().stream().map(r -> RequirementDto.of(r, titles)).toList();
    }

    /** The hospital's externships, to limit a requirement to one. */
    public List<ExternshipTitle> externships() {
        return em.createNamedQuery(Externship.TITLES, ExternshipTitle.class).getResultList();
    }

    /** Adds a requirement; an externship of another hospital is not found. */
    public RequirementDto add(@NotNull @Valid RequirementCommand command) {
        Map<Long, String> titles = checklists.externshipTitles();
        if (command.externshipId() != null && !titles.containsKey(command.externshipId())) {
            throw new NotFoundException("externship", command.externshipId());
        }
        ComplianceRequirement requirement = new ComplianceRequirement(Text.trimmed(command.name()), command.kind(),
                command.externshipId(), command.expires(), command.validMonths(), command.documentType(),
                clock.now());
        em.persist(requirement);
        em.flush();
        return RequirementDto.of(requirement, titles);
    }

    /** Retires requirement {@code id}: no checklist asks for it any more; its items are kept. The rest remain. */
    public List<RequirementDto> retire(long id) {
        ComplianceRequirement requirement = em.find(ComplianceRequirement.class, id);
        if (requirement == null || requirement.retiredAt() != null) {
            throw new NotFoundException("requirement", id);
        }
        requirement.retire(clock.now());
        em.flush();
        return current();
    }
}
