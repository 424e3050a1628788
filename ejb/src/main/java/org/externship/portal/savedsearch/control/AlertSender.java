package org.externship.portal.savedsearch.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.externship.portal.listing.boundary.ExternshipHit;
import org.externship.portal.listing.boundary.ExternshipSearch;
import org.externship.portal.listing.boundary.SearchCriteria;
import org.externship.portal.passport.control.PassportReader;
import org.externship.portal.qualification.entity.Qualifications;
import org.externship.portal.savedsearch.entity.SavedSearch;
import org.externship.portal.savedsearch.entity.SearchTerms;
import org.externship.portal.shared.boundary.Page;
import org.externship.portal.shared.control.Mailer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One student's alert, in a transaction of its own: claims each of their due saved searches by a conditional update
 * (its last alert still before the cut-off), so that of two runs (two nodes of a cluster) only one claims it; looks
 * for what was listed since each claimed search's last alert; and sends one e-mail with every search that has news,
 * after the commit. Nothing new: no mail, but the searches are claimed for the day all the same. A run that fails
 * rolls its claims back, and the next run tries again.
 */
@Stateless
public class AlertSender {

    /** The most externships one saved search lists in a mail; the mail says how many more there are. */
    static final int SHOWN_PER_SEARCH = 10;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    ExternshipSearch search;

    @Inject
    PassportReader passports;

    @Inject
    Mailer mailer;

    @Inject
    @ConfigProperty(name = "portal.base-url")
    String baseUrl;

    /** What a due search was when read, before the claim moved it on. */
    private record Due(long id, String name, SearchTerms terms, Instant since, String email, String studentName) {
    }

    /**
     * Alerts student {@code studentSubject} about their saved searches due at {@code cutoff}.
     *
     * @return whether an e-mail goes out (after the commit)
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean alert(String studentSubject, Instant cutoff, Instant now) {
        List<Due> due = em.createNamedQuery(SavedSearch.DUE_OF_STUDENT, SavedSearch.class)
                .setParameter("subject", studentSubject)
                .setParameter("cutoff", cutoff)
                .getResultList().stream()
                .map(s -> new Due(s.id(), s.name(), s.terms(), s.alertedAt(), s.studentEmail(), s.studentName()))
                .toList();
        List<AlertMail.Section> news = new ArrayList<>();
        Optional<Qualifications> qualifications = null;
        for (Due saved : due) {
            if (!claim(saved, cutoff, now)) {
                continue;
            }
            SearchCriteria criteria = SearchTermsMapping.criteria(saved.terms());
            if (saved.terms().qualified()) {
                if (qualifications == null) {
                    qualifications = passports.qualificationsOf(studentSubject);
                }
                criteria = qualifications.map(criteria::withQualifiedFor).orElse(criteria);
            }
            Page<ExternshipHit> found = search.listedSince(criteria, saved.since(), SHOWN_PER_SEARCH);
            if (found.total() > 0) {
                news.add(new AlertMail.Section(saved.id(), saved.name(), found.rows(), found.total()));
            }
        }
        Optional<Due> addressed = due.stream().filter(d -> d.email() != null && !d.email().isBlank()).findFirst();
        if (news.isEmpty() || addressed.isEmpty()) {
            return false;
        }
        mailer.sendAfterCommit(new AlertMail(baseUrl).compose(addressed.get().email(), addressed.get().studentName(),
                news));
        return true;
    }

    /** Moves the search's last alert to now, if no other run did since it was read. */
    private boolean claim(Due saved, Instant cutoff, Instant now) {
        return em.createNamedQuery(SavedSearch.CLAIM)
                .setParameter("now", now)
                .setParameter("id", saved.id())
                .setParameter("cutoff", cutoff)
                .executeUpdate() == 1;
    }
}
