package org.externship.portal.learninglog.entity;

/**
 * The key characteristic an experience shows (optional in ERAS, one per experience). Source: the list as applicant
 * guides print it from MyERAS since the 2024 season (studentdoctor.net / accepted.com, "Make the most of your
 * experiences for ERAS"); "communication" is the AAMC guide's own example.
 */
public enum KeyCharacteristic {
    COMMUNICATION,
    CRITICAL_THINKING_PROBLEM_SOLVING,
    CULTURAL_HUMILITY_AWARENESS,
    EMPATHY_COMPASSION,
    ETHICAL_RESPONSIBILITY,
    INGENUITY_INNOVATION,
    RELIABILITY_DEPENDABILITY,
    RESILIENCE_ADAPTABILITY,
    SELF_REFLECTION_IMPROVEMENT,
    TEAMWORK_LEADERSHIP
}
