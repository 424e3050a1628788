package org.externship.portal.application.entity;

/** The student behind an application, as their token named them when they applied. */
public record Applicant(String subject, String name, String email) {
}
