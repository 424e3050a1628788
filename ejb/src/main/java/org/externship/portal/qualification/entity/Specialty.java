package org.externship.portal.qualification.entity;

/** The specialty an externship is in. */
public enum Specialty {
    INTERNAL_MEDICINE,
    FAMILY_MEDICINE,
    PEDIATRICS,
    NEUROLOGY,
    SURGERY,
    PSYCHIATRY,
    EMERGENCY_MEDICINE,
    OBSTETRICS_GYNECOLOGY,
    CARDIOLOGY,
    RADIOLOGY,
    PATHOLOGY,
    OTHER
}
