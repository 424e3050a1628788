package org.externship.portal.rotation.entity;

/**
 * What an attending rates at the end of a placement: a handful of the competencies residency programs read (the
 * ACGME's), each from 1 (well below what is expected of an extern) to 5 (outstanding), or not observed.
 */
public enum Competency {
    PATIENT_CARE,
    MEDICAL_KNOWLEDGE,
    COMMUNICATION,
    PROFESSIONALISM,
    PRACTICE_LEARNING;

    /** The lowest and highest score of the scale. */
    public static final int LOWEST = 1;
    public static final int HIGHEST = 5;
}
