package org.externship.portal.tenant.view;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.externship.portal.shared.view.Feedback;

/**
 * index.xhtml: the public landing page. Application-scoped and holding nothing of a request: the sentence about the
 * hospitals is formatted once per count (the count is kept 30 s), not on every request (the layout benchmark showed a
 * message format per request at 8 % of the page's cost).
 */
@Named
@ApplicationScoped
public class LandingView {

    @Inject
    PublicHospitalCount hospitals;

    @Inject
    Feedback feedback;

    private volatile Sentence sentence;

    private record Sentence(long count, String text) {
    }

    /** "2 hospitals host externships here." */
    public String getHospitalCountText() {
        long count = hospitals.get();
        Sentence current = sentence;
        if (current == null || current.count() != count) {
            current = new Sentence(count, feedback.text("landing.hospitalCount", count));
            sentence = current;
        }
        return current.text();
    }
}
