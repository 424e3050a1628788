package org.externship.portal.learninglog.entity;

/** The student's part in a case or a procedure; always under supervision where they acted. */
public enum Involvement {
    OBSERVED,
    PRESENTED,
    MANAGED,
    ASSISTED,
    PERFORMED
}
