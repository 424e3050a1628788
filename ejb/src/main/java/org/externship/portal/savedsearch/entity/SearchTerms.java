package org.externship.portal.savedsearch.entity;

import org.externship.portal.listing.entity.ClinicalSetting;
import org.externship.portal.listing.entity.ExternshipType;
import org.externship.portal.qualification.entity.Specialty;
import org.externship.portal.qualification.entity.VisaStatus;

import java.time.YearMonth;

/**
 * What a saved search looks for, as its row keeps it: the public search's criteria (every part optional), whether
 * only externships the student qualifies for count, and the order ({@code sort}: the name of the search's order, or
 * null for its default). The boundary turns it into the search's criteria and back.
 */
public record SearchTerms(String text, Specialty specialty, ExternshipType type, ClinicalSetting setting,
                          String state, String city, Integer minWeeks, Integer maxWeeks, YearMonth startMonth,
                          Long maxFeeCents, VisaStatus visa, boolean qualified, String sort) {
}
