package org.externship.portal.tenant.entity;

/** The kinds of host institution. */
public enum HospitalType {
    TEACHING_HOSPITAL,
    COMMUNITY_HOSPITAL,
    CLINIC,
    FQHC,
    PRIVATE_PRACTICE
}
