package org.externship.portal.learninglog.entity;

/**
 * How often the applicant took part in an experience. Source: AAMC, "What's New for the 2024 MyERAS Application"
 * (students-residents.aamc.org), which names these options ("one time, daily, weekly, monthly, quarterly,
 * annually"), unchanged since as far as the 2025 guide shows. A full-time externship is {@link #DAILY}.
 */
public enum ParticipationFrequency {
    ONE_TIME,
    DAILY,
    WEEKLY,
    MONTHLY,
    QUARTERLY,
    ANNUALLY
}
