package org.externship.portal.learninglog.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.externship.portal.application.boundary.ApplicationSummary;
import org.externship.portal.learninglog.control.ErasCharacterCount;
import org.externship.portal.learninglog.control.ExperienceSeed;
import org.externship.portal.learninglog.control.ExperienceSeed.Verified;
import org.externship.portal.learninglog.entity.EntryKind;
import org.externship.portal.learninglog.entity.ExperienceDetails;
import org.externship.portal.learninglog.entity.ExperienceDraft;
import org.externship.portal.learninglog.entity.ExperienceType;
import org.externship.portal.learninglog.entity.FocusArea;
import org.externship.portal.learninglog.entity.ParticipationFrequency;
import org.externship.portal.placement.boundary.MyPlacements;
import org.externship.portal.shared.boundary.NotAllowedException;
import org.externship.portal.shared.boundary.NotFoundException;
import org.externship.portal.shared.control.ReportsInvalidInput;
import org.externship.portal.shared.security.CurrentUser;
import org.externship.portal.shared.security.Roles;
import org.externship.portal.shared.entity.StoredTime;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

/**
 * The signed-in student's ERAS experience drafts: at most {@link #LIMIT}, of which at most
 * {@link #MOST_MEANINGFUL_LIMIT} are "most meaningful", as the service takes them. A draft from a placement starts
 * with the facts the portal knows (the hospital, the months) and a description seeded from the entries its
 * supervisors verified. The texts pass the de-identification guard before they are stored ({@link PatientPrivacy}).
 * Every method works on the caller's drafts only: another student's draft is not found.
 */
@Stateless
@ReportsInvalidInput
@RolesAllowed(Roles.STUDENT)
public class ExperienceDrafts {

    /** The most experiences an application lists. */
    public static final int LIMIT = 10;
    /** The most experiences an application marks "most meaningful". */
    public static final int MOST_MEANINGFUL_LIMIT = 3;
    /** The position a clinical externship is, until the student says otherwise. */
    public static final String POSITION_TITLE = "Clinical extern";

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    MyPlacements placements;

    @Inject
    PatientPrivacy privacy;

    /** How many characters the service counts for {@code text} (a line break is one), as the page's counter does. */
    public static int characters(String text) {
        return ErasCharacterCount.of(text);
    }

    /** The caller's drafts, oldest first. */
    public List<ExperienceDraftDto> mine() {
        return em.createNamedQuery(ExperienceDraft.ALL_OF_STUDENT, ExperienceDraft.class)
                .setParameter("student", user.subject())
                .getResultStream()
                .map(ExperienceDraftDto::of)
                .toList();
    }

    /** The caller's placements, to draft from. */
    public List<ApplicationSummary> placements() {
        return placements.mine();
    }

    /**
     * A new draft of the caller's placement that application {@code applicationId} became: the hospital as the
     * organisation, the placement's months, an externship's defaults, and a description seeded from the verified
     * entries of the placement.
     */
    public ExperienceDraftDto draftFrom(long applicationId) {
        ApplicationSummary placement = placements.mine().stream()
                .filter(p -> p.id() == applicationId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("placement", applicationId));
        requireRoom();
        String description = new ExperienceSeed().description(new ExperienceSeed.Placement(
                        placement.externshipTitle(), placement.hospitalName(), placement.startDate(),
                        placement.endDate()), verifiedEntries(applicationId), ExperienceDetails.DESCRIPTION_MAX);
        ExperienceDetails details = new ExperienceDetails(POSITION_TITLE, placement.hospitalName(),
                YearMonth.from(placement.startDate()), YearMonth.from(placement.endDate()),
                ParticipationFrequency.DAILY, null, null, ExperienceType.EDUCATION_TRAINING,
                FocusArea.CLINICAL_TRANSLATIONAL_SCIENCE, null, description, null);
        ExperienceDraft draft = new ExperienceDraft(user.subject(), applicationId, details, StoredTime.now());
        em.persist(draft);
        return ExperienceDraftDto.of(draft);
    }

    /** The student's words for draft {@code id}; marking it most meaningful counts against the limit. */
    public ExperienceDraftDto save(long id, @NotNull @Valid ExperienceCommand command) {
        if (command.endsBeforeStart()) {
            throw new NotAllowedException("experience.endsBeforeStart");
        }
        ExperienceDetails details = command.details();
        privacy.requireDeidentified(details.freeTexts());
        ExperienceDraft draft = own(id);
        draft.rewrite(details, StoredTime.now());
        mark(draft, command.mostMeaningful());
        return ExperienceDraftDto.of(draft);
    }

    /** Marks draft {@code id} most meaningful, or no longer. */
    public ExperienceDraftDto markMostMeaningful(long id, boolean meaningful) {
        ExperienceDraft draft = own(id);
        mark(draft, meaningful);
        return ExperienceDraftDto.of(draft);
    }

    public void delete(long id) {
        em.remove(own(id));
    }

    private void mark(ExperienceDraft draft, boolean meaningful) {
        if (meaningful && !draft.isMostMeaningful() && count(ExperienceDraft.COUNT_MOST_MEANINGFUL)
                >= MOST_MEANINGFUL_LIMIT) {
            throw new NotAllowedException("experience.mostMeaningfulLimit", MOST_MEANINGFUL_LIMIT);
        }
        draft.markMostMeaningful(meaningful, StoredTime.now());
    }

    private void requireRoom() {
        if (count(ExperienceDraft.COUNT_OF_STUDENT) >= LIMIT) {
            throw new NotAllowedException("experience.limit", LIMIT);
        }
    }

    private long count(String query) {
        return em.createNamedQuery(query, Long.class).setParameter("student", user.subject()).getSingleResult();
    }

    /** The entries of the caller's placement that its supervisors verified, as they stand now. */
    private List<Verified> verifiedEntries(long applicationId) {
        return em.createQuery("select e.content.kind, e.content.topic, e.content.minutes from LogEntry e "
                        + "where e.studentSubject = :student and e.supervision.applicationId = :application "
                        + "and e.review.status = org.externship.portal.learninglog.entity.ReviewStatus.VERIFIED "
                        + "order by e.content.date, e.id", Object[].class)
                .setParameter("student", user.subject())
                .setParameter("application", applicationId)
                .getResultStream()
                .map(row -> new Verified((EntryKind) row[0], (String) row[1], (Integer) row[2]))
                .toList();
    }

    private ExperienceDraft own(long id) {
        return em.createNamedQuery(ExperienceDraft.OF_STUDENT, ExperienceDraft.class)
                .setParameter("id", id)
                .setParameter("student", user.subject())
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("experience draft", id));
    }
}
