package org.externship.portal.qualification.entity;

import java.util.Set;

/**
 * What a host asks of an extern.
 *
 * @param graduatedWithinYears graduates are accepted up to this many years after graduation; null: any year
 * @param finalYearAccepted    students in their final year of medical school are accepted too
 * @param step1                Step 1 must be passed
 * @param step2ck              Step 2 CK must be passed
 * @param minStep2ckScore      the lowest Step 2 CK score accepted; null: any passing score
 * @param step3                Step 3 must be passed
 * @param ecfmgCertified       ECFMG certification is required
 * @param acceptedVisas        the visa statuses accepted; empty: any
 * @param documents            documents that must be valid on the first day of the rotation
 */
public record Requirements(Integer graduatedWithinYears, boolean finalYearAccepted, boolean step1, boolean step2ck,
                           Integer minStep2ckScore, boolean step3, boolean ecfmgCertified,
                           Set<VisaStatus> acceptedVisas, Set<DocumentType> documents) {

    public Requirements {
        acceptedVisas = Set.copyOf(acceptedVisas);
        documents = Set.copyOf(documents);
    }
}
