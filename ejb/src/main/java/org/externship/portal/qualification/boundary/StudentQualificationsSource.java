package org.externship.portal.qualification.boundary;

import org.externship.portal.qualification.entity.Qualifications;

import java.util.Optional;

/**
 * Where the signed-in student's qualifications come from (their clinical passport), for "only externships I
 * qualify for" and the eligibility on an externship's page. Implemented by the passport feature; while no
 * implementation exists, the search simply does not offer that filter.
 */
public interface StudentQualificationsSource {

    /** The signed-in student's qualifications; empty for anyone else or a student without a passport yet. */
    Optional<Qualifications> current();
}
