package org.externship.portal.compliance.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.externship.portal.compliance.entity.ComplianceItem;
import org.externship.portal.compliance.entity.ComplianceRequirement;
import org.externship.portal.compliance.entity.Standing;
import org.externship.portal.placement.entity.Placement;
import org.externship.portal.shared.control.Mailer;
import org.externship.portal.shared.tenancy.HospitalScope;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The expiry warnings of one hospital, each in a transaction of its own (for {@link ExpiryWatch}): verified evidence
 * that lapses within {@value Standing#WARNING_DAYS} days warns its student once. A node claims the warning with an
 * update that succeeds only while {@code warned_at} is empty, so a cluster sends each warning once; a new hand-in
 * clears it.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ExpiryWarnings {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    HospitalScope hospital;

    @Inject
    Mailer mailer;

    @Inject
    @ConfigProperty(name = "portal.base-url")
    String baseUrl;

    private final ComplianceMail mails = new ComplianceMail();

    /** The items of the hospital whose warning is due on {@code today} and not sent: one query. */
    public List<Long> due(String hospitalAlias, LocalDate today) {
        hospital.enter(hospitalAlias);
        return em.createNamedQuery(ComplianceItem.EXPIRING, ComplianceItem.class)
                .setParameter("hospital", hospitalAlias)
                .setParameter("today", today)
                .setParameter("until", today.plusDays(Standing.WARNING_DAYS))
                .getResultStream().map(ComplianceItem::id).toList();
    }

    /** Claims item {@code itemId}'s warning and mails the student; false when another node (or run) sent it. */
    public boolean warn(String hospitalAlias, long itemId, Instant now) {
        hospital.enter(hospitalAlias);
        int claimed = em.createNamedQuery(ComplianceItem.CLAIM_WARNING)
                .setParameter("now", now).setParameter("id", itemId).setParameter("hospital", hospitalAlias)
                .executeUpdate();
        if (claimed != 1) {
            return false;
        }
        ComplianceItem item = em.find(ComplianceItem.class, itemId);
        Placement placement = em.find(Placement.class, item.placementId());
        ComplianceRequirement requirement = em.find(ComplianceRequirement.class, item.requirementId());
        if (placement == null || requirement == null || requirement.retiredAt() != null) {
            return false;
        }
        mailer.sendAfterCommit(mails.expiring(placement.application().studentEmail(), placement.studentName(),
                requirement.name(), placement.externshipTitle(), placement.hospitalName(), item.expiresOn(),
                baseUrl + "/student/compliance.xhtml?application=" + placement.application().id() + "#placement-"
                        + placement.application().id()));
        return true;
    }
}
