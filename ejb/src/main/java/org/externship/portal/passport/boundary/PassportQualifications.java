package org.externship.portal.passport.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.externship.portal.qualification.boundary.StudentQualificationsSource;
import org.externship.portal.qualification.entity.Qualifications;

import java.util.Optional;

/**
 * The clinical passport as the search's source of a student's qualifications ("only externships I qualify for",
 * eligibility on an externship's page). The pages ask only for a signed-in student; the boundary checks again.
 */
@Dependent
public class PassportQualifications implements StudentQualificationsSource {

    @Inject
    Passports passports;

    @Override
    public Optional<Qualifications> current() {
        return passports.myQualifications();
    }
}
