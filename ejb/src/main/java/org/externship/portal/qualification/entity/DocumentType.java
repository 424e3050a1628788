package org.externship.portal.qualification.entity;

/** The documents of a clinical passport that hosts may require, each valid until its expiry date. */
public enum DocumentType {
    IMMUNIZATIONS,
    BLS,
    BACKGROUND_CHECK,
    MALPRACTICE,
    GOOD_STANDING,
    HIPAA_TRAINING
}
