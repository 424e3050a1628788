package org.externship.portal.learninglog.entity;

/**
 * The primary focus area of an experience (optional in ERAS, one per experience). Source: the list as applicant
 * guides print it from MyERAS since the 2024 season (studentdoctor.net / accepted.com, "Make the most of your
 * experiences for ERAS"); the AAMC's own guide names the field and gives "clinical/translational science" as an
 * example. A clinical externship's default is {@link #CLINICAL_TRANSLATIONAL_SCIENCE}.
 */
public enum FocusArea {
    BASIC_SCIENCE,
    CLINICAL_TRANSLATIONAL_SCIENCE,
    COMMUNITY_INVOLVEMENT_OUTREACH,
    CUSTOMER_SERVICE,
    HEALTHCARE_ADMINISTRATION,
    IMPROVING_ACCESS_TO_HEALTH_CARE,
    MEDICAL_EDUCATION,
    MUSIC_ATHLETICS_ART,
    PROMOTING_WELLNESS,
    PUBLIC_HEALTH,
    QUALITY_IMPROVEMENT,
    SOCIAL_JUSTICE_AND_ADVOCACY
}
