package org.externship.portal.learninglog.entity;

/**
 * Where an experience took place, as the ERAS application asks it. Source: AAMC, "What's New for the 2024 MyERAS
 * Application", which gives the setting as "rural, suburban, urban". Only these three could be confirmed; if MyERAS
 * offers more, they are added here (and labelled in the web bundle). Optional: the portal does not know a hospital's
 * setting, so a draft leaves it to the student.
 */
public enum ExperienceSetting {
    RURAL,
    SUBURBAN,
    URBAN
}
