package org.externship.portal.savedsearch.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.externship.portal.savedsearch.control.SearchTermsMapping;
import org.externship.portal.savedsearch.entity.SavedSearch;
import org.externship.portal.shared.boundary.NotAllowedException;
import org.externship.portal.shared.boundary.NotFoundException;
import org.externship.portal.shared.control.ReportsInvalidInput;
import org.externship.portal.shared.security.CurrentUser;
import org.externship.portal.shared.security.Roles;
import org.externship.portal.shared.entity.StoredTime;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The signed-in student's saved searches: keep one (at most {@value #LIMIT}), list them, switch alerts on or off,
 * delete one. Every method works on the caller's own searches only, the subject taken from {@link CurrentUser},
 * never from a parameter: another student's search is not found. The e-mail address and name the alerts use are the
 * token's, refreshed on every call.
 */
@Stateless
@RolesAllowed(Roles.STUDENT)
@ReportsInvalidInput
public class SavedSearches {

    /** The most searches a student keeps. */
    public static final int LIMIT = 10;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    /**
     * Keeps {@code search} for the student; alerts, if on, count from now.
     *
     * @throws NotAllowedException {@code savedSearch.limit} when the student keeps {@value #LIMIT} already
     */
    public SavedSearchDto save(@NotNull @Valid NewSavedSearch search) {
        long kept = em.createNamedQuery(SavedSearch.COUNT_OF_STUDENT, Long.class)
                .setParameter("subject", currentUser.subject())
                .getSingleResult();
        if (kept >= LIMIT) {
            throw new NotAllowedException("savedSearch.limit", LIMIT);
        }
        SavedSearch saved = new SavedSearch(currentUser.subject(), search.name(),
                SearchTermsMapping.terms(search.criteria(), search.qualified()), search.alerts(), StoredTime.now());
        em.persist(saved);
        mine();
        return dto(saved);
    }

    /** The student's saved searches, oldest first. */
    public List<SavedSearchDto> mine() {
        List<SavedSearch> searches = em.createNamedQuery(SavedSearch.OF_STUDENT, SavedSearch.class)
                .setParameter("subject", currentUser.subject())
                .getResultList();
        for (SavedSearch search : searches) {
            if (!Objects.equals(search.studentEmail(), currentUser.email())
                    || !Objects.equals(search.studentName(), currentUser.name())) {
                search.addressedTo(currentUser.name(), currentUser.email());
            }
        }
        return searches.stream().map(SavedSearches::dto).toList();
    }

    /** Alerts of search {@code id} on or off (on again: they count from now). */
    public SavedSearchDto alerts(long id, boolean on) {
        SavedSearch search = own(id);
        search.alerts(on, StoredTime.now());
        return dto(search);
    }

    public void delete(long id) {
        em.remove(own(id));
    }

    /** The caller's search {@code id}; another student's is not found, like a missing one. */
    private SavedSearch own(long id) {
        SavedSearch search = em.find(SavedSearch.class, id);
        if (search == null || !search.studentSubject().equals(currentUser.subject())) {
            throw new NotFoundException("saved search", id);
        }
        return search;
    }

    private static SavedSearchDto dto(SavedSearch s) {
        return new SavedSearchDto(s.id(), s.name(), SearchTermsMapping.criteria(s.terms()), s.terms().qualified(),
                s.alerts(), s.createdAt());
    }
}
