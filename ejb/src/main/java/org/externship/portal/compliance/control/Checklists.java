package org.externship.portal.compliance.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.externship.portal.compliance.boundary.Checklist;
import org.externship.portal.compliance.boundary.ItemDto;
import org.externship.portal.compliance.boundary.PlacementCompliance;
import org.externship.portal.compliance.boundary.PlacementReadiness;
import org.externship.portal.compliance.entity.ComplianceItem;
import org.externship.portal.compliance.entity.ComplianceRequirement;
import org.externship.portal.compliance.entity.ItemStatus;
import org.externship.portal.compliance.entity.RequirementTerms;
import org.externship.portal.compliance.entity.Standing;
import org.externship.portal.compliance.entity.StudentRequirement;
import org.externship.portal.listing.boundary.ExternshipTitle;
import org.externship.portal.listing.entity.Externship;
import org.externship.portal.passport.boundary.DocumentDto;
import org.externship.portal.passport.entity.DocumentKind;
import org.externship.portal.placement.boundary.PlacementOfMine;
import org.externship.portal.placement.entity.Placement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads requirements and checklist items in sets, for the boundaries and the start gate, within a transaction that
 * has entered the hospital: the dashboard costs three queries whatever the number of placements (the upcoming
 * placements with their students and externships, the current requirements, their items). A student's checklists of
 * placements in several hospitals are read on the student's read path instead, without entering any, in two queries.
 * No authorization of its own: the calling boundary proves whose placement it is.
 */
@ApplicationScoped
public class Checklists {

    /** The dashboard's horizon: placements starting within this many days (or due already, not yet started). */
    public static final int UPCOMING_DAYS = 60;

    /** Scalars only, so nothing is loaded afterwards, one placement at a time. */
    private static final String NOT_STARTED = "select p.id, a.studentName, a.externshipTitle, pe.startDate, e.id "
            + "from Placement p join p.application a join p.period pe join pe.externship e "
            + "where p.startedAt is null and ";
    private static final String UPCOMING = NOT_STARTED + "pe.startDate <= :until order by pe.startDate, p.id";

    /** An upcoming placement, as the dashboard needs it. */
    public record Upcoming(long id, String studentName, String externshipTitle, LocalDate startDate,
            long externshipId) {
    }

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /** The hospital's current (not retired) requirements, by name. */
    public List<ComplianceRequirement> current() {
        return em.createNamedQuery(ComplianceRequirement.CURRENT, ComplianceRequirement.class).getResultList();
    }

    /** The titles of the hospital's externships, by id. */
    public Map<Long, String> externshipTitles() {
        return em.createNamedQuery(Externship.TITLES, ExternshipTitle.class).getResultStream()
                .collect(Collectors.toMap(ExternshipTitle::id, ExternshipTitle::title, (a, b) -> a));
    }

    /** The placements not started whose first day is at most {@link #UPCOMING_DAYS} away, or past already. */
    public List<Upcoming> upcoming(LocalDate today) {
        return em.createQuery(UPCOMING, Object[].class).setParameter("until", today.plusDays(UPCOMING_DAYS))
                .getResultStream()
                .map(Checklists::toUpcoming).toList();
    }

    private static Upcoming toUpcoming(Object[] row) {
        return new Upcoming((Long) row[0], (String) row[1], (String) row[2], (LocalDate) row[3], (Long) row[4]);
    }

    public List<ComplianceItem> itemsOf(String hospitalAlias, Collection<Long> placementIds) {
        if (placementIds.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery(ComplianceItem.OF_PLACEMENTS, ComplianceItem.class)
                .setParameter("hospital", hospitalAlias).setParameter("placements", List.copyOf(placementIds))
                .getResultList();
    }

    /** The dashboard: each upcoming placement, red with what is missing or green; three queries in all. */
    public List<PlacementCompliance> dashboard(String hospitalAlias, LocalDate today) {
        return standings(hospitalAlias, upcoming(today), today);
    }

    /** Each of {@code upcoming}, red with what is missing or green, on {@code today}; two queries in all. */
    public List<PlacementCompliance> standings(String hospitalAlias, List<Upcoming> upcoming, LocalDate today) {
        Map<Long, Assessment> assessed = assess(hospitalAlias, upcoming.stream()
                .collect(Collectors.toMap(Upcoming::id, Upcoming::externshipId)), today);
        return upcoming.stream().map(p -> {
            Assessment a = assessed.get(p.id());
            return new PlacementCompliance(p.id(), p.studentName(), p.externshipId(), p.externshipTitle(),
                    p.startDate(), a.missing(), a.expiring(), a.awaitingCheck());
        }).toList();
    }

    /** What a placement lacks on a day: requirements not met, verified evidence lapsing soon, items to check. */
    public record Assessment(List<String> missing, List<String> expiring, int awaitingCheck) {

        public boolean ready() {
            return missing.isEmpty();
        }
    }

    /**
     * The readiness of {@code placements} (a placement's id to its externship's id: the reports' placements not
     * started) on {@code today}, by {@link #assess}: two queries, none when there is no placement. Only this
     * hospital's requirements and items are read, so another hospital's placement comes back as missing everything,
     * never with its items.
     */
    public List<PlacementReadiness> readiness(String hospitalAlias, Map<Long, Long> placements, LocalDate today) {
        return assess(hospitalAlias, placements, today).entrySet().stream()
                .map(e -> new PlacementReadiness(e.getKey(), placements.get(e.getKey()), e.getValue().ready(),
                        !e.getValue().expiring().isEmpty(), e.getValue().awaitingCheck()))
                .toList();
    }

    /**
     * Each of {@code placements} (a placement's id to its externship's id) against the hospital's current
     * requirements that apply to it, on {@code today}: two queries in all (the requirements, the placements' items),
     * none when there is no placement.
     */
    public Map<Long, Assessment> assess(String hospitalAlias, Map<Long, Long> placements, LocalDate today) {
        if (placements.isEmpty()) {
            return Map.of();
        }
        List<ComplianceRequirement> requirements = current();
        Map<Long, List<ComplianceItem>> items = itemsOf(hospitalAlias, placements.keySet()).stream()
                .collect(Collectors.groupingBy(ComplianceItem::placementId));
        Map<Long, Assessment> assessed = new HashMap<>();
        placements.forEach((placement, externship) -> {
            Map<Long, ComplianceItem> byRequirement = byRequirement(items.getOrDefault(placement, List.of()));
            List<String> missing = new ArrayList<>();
            List<String> expiring = new ArrayList<>();
            int awaiting = 0;
            for (ComplianceRequirement requirement : requirements) {
                if (!requirement.appliesTo(externship)) {
                    continue;
                }
                ComplianceItem item = byRequirement.get(requirement.id());
                Standing standing = item == null ? Standing.MISSING : item.standing(today);
                if (!standing.met()) {
                    missing.add(requirement.name());
                } else if (standing == Standing.EXPIRING) {
                    expiring.add(requirement.name());
                }
                if (item != null && item.status() == ItemStatus.SUBMITTED) {
                    awaiting++;
                }
            }
            assessed.put(placement, new Assessment(missing, expiring, awaiting));
        });
        return assessed;
    }

    /**
     * The checklist of {@code placement}: each current requirement that applies to it, then the items kept for
     * requirements retired since (marked retired). With the student's passport {@code documents} (null: none), each
     * requirement a passport document type satisfies offers the matching current document.
     */
    public Checklist checklist(String hospitalAlias, Placement placement, LocalDate today,
            List<DocumentDto> documents) {
        Map<Long, ComplianceItem> byRequirement = byRequirement(itemsOf(hospitalAlias, List.of(placement.id())));
        List<RequirementTerms> requirements = new ArrayList<>(current());
        Set<Long> current = requirements.stream().map(RequirementTerms::id).collect(Collectors.toSet());
        List<Long> others = byRequirement.keySet().stream().filter(id -> !current.contains(id)).toList();
        if (!others.isEmpty()) {
            requirements.addAll(em.createNamedQuery(ComplianceRequirement.BY_IDS, ComplianceRequirement.class)
                    .setParameter("ids", others).getResultList());
        }
        return new Checklist(placement.id(), placement.application().id(), placement.studentName(),
                placement.externshipTitle(), placement.hospitalName(), placement.startDate(), placement.endDate(),
                placement.progress(), items(externshipOf(placement), requirements, byRequirement, today, documents));
    }

    /**
     * The checklists of {@code student}'s {@code placements}, in whichever hospitals, in their order: two queries
     * whatever their number (the requirements of their hospitals, current or with something of the student's handed
     * in; the student's items of the placements), through the student's read path: no hospital is entered.
     */
    public List<Checklist> checklistsOf(String student, String studentName, List<PlacementOfMine> placements,
            LocalDate today, List<DocumentDto> documents) {
        if (placements.isEmpty()) {
            return List.of();
        }
        Map<String, List<StudentRequirement>> requirements = em.createNamedQuery(StudentRequirement.OF_HOSPITALS,
                        StudentRequirement.class)
                .setParameter("hospitals", placements.stream().map(PlacementOfMine::hospitalAlias).distinct().toList())
                .setParameter("student", student)
                .getResultStream()
                .collect(Collectors.groupingBy(StudentRequirement::hospitalAlias));
        Map<Long, List<ComplianceItem>> items = em.createNamedQuery(ComplianceItem.OF_STUDENT, ComplianceItem.class)
                .setParameter("student", student)
                .setParameter("placements", placements.stream().map(PlacementOfMine::placementId).toList())
                .getResultStream()
                .collect(Collectors.groupingBy(ComplianceItem::placementId));
        return placements.stream().map(p -> new Checklist(p.placementId(), p.applicationId(), studentName,
                        p.externshipTitle(), p.hospitalName(), p.startDate(), p.endDate(), p.progress(),
                        items(p.externshipId(), requirements.getOrDefault(p.hospitalAlias(), List.of()),
                                byRequirement(items.getOrDefault(p.placementId(), List.of())), today, documents)))
                .toList();
    }

    private static Map<Long, ComplianceItem> byRequirement(List<ComplianceItem> items) {
        return items.stream().collect(Collectors.toMap(ComplianceItem::requirementId, Function.identity()));
    }

    /**
     * The rows of a placement of externship {@code externshipId}: each of the hospital's {@code requirements} that
     * applies to it, in their order, then those of the other items (requirements retired since, marked retired).
     */
    private static List<ItemDto> items(long externshipId, List<? extends RequirementTerms> requirements,
            Map<Long, ComplianceItem> byRequirement, LocalDate today, List<DocumentDto> documents) {
        List<ItemDto> rows = new ArrayList<>();
        Set<Long> shown = new HashSet<>();
        for (RequirementTerms requirement : requirements) {
            if (requirement.appliesTo(externshipId)) {
                rows.add(row(requirement, byRequirement.get(requirement.id()), today, documents, false));
                shown.add(requirement.id());
            }
        }
        for (RequirementTerms requirement : requirements) {
            if (!shown.contains(requirement.id()) && byRequirement.containsKey(requirement.id())) {
                rows.add(row(requirement, byRequirement.get(requirement.id()), today, documents, true));
            }
        }
        return rows;
    }

    /** The current requirement {@code requirementId} if it applies to {@code placement}; null otherwise. */
    public ComplianceRequirement requirementOf(Placement placement, long requirementId) {
        ComplianceRequirement requirement = em.find(ComplianceRequirement.class, requirementId);
        return requirement != null && requirement.appliesTo(externshipOf(placement)) ? requirement : null;
    }

    public static long externshipOf(Placement placement) {
        return placement.period().externship().id();
    }

    private static ItemDto row(RequirementTerms r, ComplianceItem i, LocalDate today,
            List<DocumentDto> documents, boolean retired) {
        ItemDto.PassportOffer offer = documents == null || r.documentType() == null ? null : documents.stream()
                .filter(d -> d.kind() == DocumentKind.of(r.documentType()))
                .filter(d -> d.expiresOn() == null || !d.expiresOn().isBefore(today))
                .findFirst()
                .map(d -> new ItemDto.PassportOffer(d.id(), d.fileName(), d.expiresOn()))
                .orElse(null);
        if (i == null) {
            return new ItemDto(null, r.id(), r.name(), r.kind(), r.expires(), r.validMonths(), r.documentType(),
                    ItemStatus.MISSING, Standing.MISSING, null, null, null, false, null, null, null, null, null,
                    offer, retired);
        }
        return new ItemDto(i.id(), r.id(), r.name(), r.kind(), r.expires(), r.validMonths(), r.documentType(),
                i.status(), i.standing(today), i.fileName(), i.contentType(), i.sizeBytes(),
                i.passportDocumentId() != null, i.expiresOn(), i.submittedAt(), i.rejectionReason(), i.checkedBy(),
                i.checkedAt(), offer, retired);
    }
}
