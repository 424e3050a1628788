package org.externship.portal.compliance.entity;

/** What a hospital requires before day one; the coordinator names each requirement in their own words. */
public enum RequirementKind {
    IMMUNISATION,
    BLS,
    BACKGROUND_CHECK,
    DRUG_SCREEN,
    HIPAA_TRAINING,
    MALPRACTICE,
    VISA_DOCUMENTS,
    SIGNED_POLICY,
    OTHER
}
