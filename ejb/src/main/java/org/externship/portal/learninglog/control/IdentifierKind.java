package org.externship.portal.learninglog.control;

/**
 * The identifiers of HIPAA's Safe Harbor method that can be found in free text, in the order a text's findings are
 * preferred when two rules claim the same words. Their reasons and hints are in {@code deidentification.properties}.
 */
public enum IdentifierKind {
    PATIENT_NAME,
    DATE,
    AGE_OVER_89,
    PHONE_NUMBER,
    EMAIL_ADDRESS,
    WEB_ADDRESS,
    IP_ADDRESS,
    SOCIAL_SECURITY_NUMBER,
    STREET_ADDRESS,
    ZIP_CODE,
    IMAGE,
    /** Last: a number any other kind explains better (a ZIP+4, a phone number) is told as that kind. */
    RECORD_NUMBER
}
