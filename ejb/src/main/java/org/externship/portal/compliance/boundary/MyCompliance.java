package org.externship.portal.compliance.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.externship.portal.application.boundary.MyApplications;
import org.externship.portal.compliance.control.Checklists;
import org.externship.portal.compliance.control.ComplianceMail;
import org.externship.portal.compliance.entity.ComplianceItem;
import org.externship.portal.compliance.entity.ComplianceRequirement;
import org.externship.portal.compliance.entity.Standing;
import org.externship.portal.identity.entity.StaffMember;
import org.externship.portal.identity.entity.StaffRole;
import org.externship.portal.passport.boundary.DocumentDto;
import org.externship.portal.passport.boundary.StoredDocument;
import org.externship.portal.passport.boundary.UploadRefusedException;
import org.externship.portal.passport.control.DocumentStore;
import org.externship.portal.passport.control.FileNames;
import org.externship.portal.passport.control.InspectedContent;
import org.externship.portal.passport.control.PassportReader;
import org.externship.portal.passport.control.UploadInspector;
import org.externship.portal.passport.entity.DocumentKind;
import org.externship.portal.placement.boundary.MyPlacements;
import org.externship.portal.placement.boundary.PlacementDto;
import org.externship.portal.placement.boundary.PlacementOfMine;
import org.externship.portal.placement.entity.Placement;
import org.externship.portal.placement.entity.PlacementProgress;
import org.externship.portal.shared.boundary.NotAllowedException;
import org.externship.portal.shared.boundary.NotFoundException;
import org.externship.portal.shared.control.Mailer;
import org.externship.portal.shared.control.PortalClock;
import org.externship.portal.shared.control.ReportsInvalidInput;
import org.externship.portal.shared.security.CurrentUser;
import org.externship.portal.shared.security.Roles;

import java.time.LocalDate;
import java.util.List;

/**
 * The student's onboarding checklists (issue 10): for each of their placements that has not ended, in whichever
 * hospitals, what the hospital requires and where each item stands, all at once; evidence handed in as a file (checked
 * by the passport's {@link UploadInspector}) or as a document already in their clinical passport, without uploading
 * it again; and the files they handed in, to download. A placement is reached through the student's own application
 * ({@link MyPlacements}), an item through their own subject; anyone else's is not found. The hospital's active
 * coordinators are mailed once the hand-in commits.
 */
@Stateless
@ReportsInvalidInput
@RolesAllowed(Roles.STUDENT)
public class MyCompliance {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    MyPlacements placements;

    @Inject
    MyApplications applications;

    @Inject
    Checklists checklists;

    @Inject
    PassportReader passports;

    @Inject
    UploadInspector inspector;

    @Inject
    DocumentStore store;

    @Inject
    CurrentUser user;

    @Inject
    PortalClock clock;

    @Inject
    Mailer mailer;

    @Inject
    @ConfigProperty(name = "portal.base-url")
    String baseUrl;

    private final ComplianceMail mails = new ComplianceMail();

    /**
     * The checklists of every placement of the caller that has not ended (nor been completed), in whichever hospitals,
     * by first day: each item where it stands, with the passport document that would do. A constant number of queries
     * whatever the number of placements or hospitals (the placements, their hospitals' requirements, the caller's
     * items, the passport), on the student's read path: no hospital is entered.
     */
    public List<Checklist> checklists() {
        LocalDate today = clock.today();
        List<PlacementOfMine> current = placements.everywhere().stream()
                .filter(p -> !p.endDate().isBefore(today) && p.progress() != PlacementProgress.COMPLETED)
                .toList();
        if (current.isEmpty()) {
            return List.of();
        }
        return checklists.checklistsOf(user.subject(), user.name(), current, today,
                passports.passportOf(user.subject()).documents());
    }

    /**
     * The file the caller handed in for their checklist item {@code itemId}, in whichever hospital. Anyone else's
     * item, or one with nothing handed in, is not found.
     */
    public Evidence evidence(long itemId) {
        ComplianceItem item = em.createNamedQuery(ComplianceItem.OWN, ComplianceItem.class)
                .setParameter("id", itemId)
                .setParameter("student", user.subject())
                .getResultStream()
                .findFirst()
                .filter(i -> i.storageKey() != null)
                .orElseThrow(() -> new NotFoundException("evidence", itemId));
        return new Evidence(item.fileName(), item.contentType(), store.read(item.storageKey()));
    }

    /** The checklist of the placement the caller's application {@code applicationId} became. */
    public Checklist checklist(long applicationId) {
        Placed placed = placed(applicationId);
        return checklist(placed);
    }

    /**
     * Hands in a file for requirement {@code requirementId}: a real PDF, PNG or JPEG within the size limit, with the
     * last day it is valid if the requirement expires (else the requirement's validity from today).
     *
     * @throws UploadRefusedException naming why; nothing is stored then
     */
    public Checklist upload(long applicationId, long requirementId, LocalDate expiresOn, String fileName,
            @NotNull byte[] content) {
        Placed placed = placed(applicationId);
        ComplianceRequirement requirement = requirement(placed, requirementId);
        LocalDate validUntil = validUntil(requirement, expiresOn);
        ComplianceItem item = item(placed, requirement);
        InspectedContent inspected = inspector.inspect(content);
        String key = store.write(content);
        replaced(item.handIn(key, null, FileNames.sanitize(fileName), inspected.contentType(), inspected.sizeBytes(),
                inspected.sha256(), validUntil, clock.now()));
        tellCoordinators(placed, requirement);
        return checklist(placed);
    }

    /**
     * Hands in the caller's current passport document that satisfies requirement {@code requirementId}: the file is
     * copied as it is now, valid until the document's own expiry.
     */
    public Checklist usePassport(long applicationId, long requirementId) {
        Placed placed = placed(applicationId);
        ComplianceRequirement requirement = requirement(placed, requirementId);
        if (requirement.documentType() == null) {
            throw new NotFoundException("passport document", requirementId);
        }
        DocumentKind kind = DocumentKind.of(requirement.documentType());
        DocumentDto document = passports.passportOf(user.subject()).documents().stream()
                .filter(d -> d.kind() == kind).findFirst()
                .orElseThrow(() -> new NotFoundException("passport document", requirementId));
        if (document.expiresOn() != null && document.expiresOn().isBefore(clock.today())) {
            throw new UploadRefusedException("compliance.lapsed", document.expiresOn());
        }
        ComplianceItem item = item(placed, requirement);
        StoredDocument stored = passports.openDocument(user.subject(), document.id());
        String key = store.write(stored.content());
        replaced(item.handIn(key, document.id(), stored.downloadName(), document.contentType(), document.sizeBytes(),
                document.sha256(), requirement.expires() ? document.expiresOn() : null, clock.now()));
        tellCoordinators(placed, requirement);
        return checklist(placed);
    }

    private Checklist checklist(Placed placed) {
        return checklists.checklist(placed.hospitalAlias(), placed.placement(), clock.today(),
                passports.passportOf(user.subject()).documents());
    }

    private LocalDate validUntil(ComplianceRequirement requirement, LocalDate expiresOn) {
        if (!requirement.expires()) {
            return null;
        }
        LocalDate today = clock.today();
        if (expiresOn == null) {
            if (requirement.validMonths() == null) {
                throw new UploadRefusedException("compliance.expiryRequired");
            }
            return today.plusMonths(requirement.validMonths());
        }
        if (expiresOn.isBefore(today)) {
            throw new UploadRefusedException("compliance.lapsed", expiresOn);
        }
        return expiresOn;
    }

    private ComplianceRequirement requirement(Placed placed, long requirementId) {
        ComplianceRequirement requirement = checklists.requirementOf(placed.placement(), requirementId);
        if (requirement == null) {
            throw new NotFoundException("requirement", requirementId);
        }
        return requirement;
    }

    /** The item of the requirement, made on the first hand-in; verified evidence not about to lapse is final. */
    private ComplianceItem item(Placed placed, ComplianceRequirement requirement) {
        if (placed.placement().progress() == PlacementProgress.COMPLETED) {
            throw new NotAllowedException("compliance.placementOver");
        }
        ComplianceItem item = checklists.itemsOf(placed.hospitalAlias(), List.of(placed.placement().id())).stream()
                .filter(i -> i.requirementId() == requirement.id()).findFirst().orElse(null);
        if (item == null) {
            item = new ComplianceItem(placed.hospitalAlias(), placed.placement().id(), requirement.id(),
                    user.subject());
            em.persist(item);
        } else if (item.standing(clock.today()) == Standing.VERIFIED) {
            throw new NotAllowedException("compliance.alreadyVerified");
        }
        return item;
    }

    private void replaced(String previousKey) {
        if (previousKey != null) {
            store.deleteAfterCommit(previousKey);
        }
    }

    /** Mails the hospital's active coordinators (never a deactivated one) that something waits for a check. */
    private void tellCoordinators(Placed placed, ComplianceRequirement requirement) {
        Placement placement = placed.placement();
        String link = baseUrl + "/coordinator/compliance-check.xhtml?placement=" + placement.id();
        em.createQuery("select s from StaffMember s where s.role = :role and s.deactivatedAt is null",
                        StaffMember.class)
                .setParameter("role", StaffRole.COORDINATOR)
                .getResultStream()
                .forEach(c -> mailer.sendAfterCommit(mails.submitted(c.email(), placement.studentName(),
                        requirement.name(), placement.externshipTitle(), placement.startDate(), link)));
    }

    /** The placement the caller's application became, in its hospital (entered); anyone else's is not found. */
    private Placed placed(long applicationId) {
        PlacementDto dto = placements.ofApplication(applicationId)
                .orElseThrow(() -> new NotFoundException("placement", applicationId));
        Placement placement = em.find(Placement.class, dto.id());
        if (placement == null || !placement.studentSubject().equals(user.subject())) {
            throw new NotFoundException("placement", applicationId);
        }
        return new Placed(applications.hospitalOf(applicationId), placement);
    }

    private record Placed(String hospitalAlias, Placement placement) {
    }
}
