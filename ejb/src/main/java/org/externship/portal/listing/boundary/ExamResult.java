package org.externship.portal.listing.boundary;

/** Where a student stands with one USMLE step. */
public enum ExamResult {
    NOT_TAKEN,
    FAILED,
    PASSED
}
