package org.externship.portal.learninglog.entity;

/**
 * The experience types of the ERAS application's Experiences section (2025 season), required for every experience.
 * Source: AAMC, "MyERAS Application and Program Signaling" guide, chapter "Experience"
 * (students-residents.aamc.org/applying-residencies-eras/publication-chapters/experience), which also says that
 * clinical training (clerkships, away rotations, sub-internships, structured observerships) is education/training;
 * the same eight types are listed by the 2025 and 2026 applicant guides of accepted.com. A clinical externship is
 * {@link #EDUCATION_TRAINING}.
 */
public enum ExperienceType {
    EDUCATION_TRAINING,
    MILITARY_SERVICE,
    PROFESSIONAL_ORGANIZATION,
    EXTRACURRICULAR,
    RESEARCH,
    TEACHING_MENTORING,
    VOLUNTEER_SERVICE_ADVOCACY,
    WORK
}
