package org.externship.portal.qualification.entity;

/** Where a student stands with one USMLE step. */
public enum ExamResult {
    NOT_TAKEN,
    FAILED,
    PASSED
}
