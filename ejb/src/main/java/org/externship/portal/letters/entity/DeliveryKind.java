package org.externship.portal.letters.entity;

/** How a letter reaches a program (issue 11). */
public enum DeliveryKind {
    /** The residency application service: the writer uploads the letter there under the student's letter id. */
    ERAS,
    /** A download link e-mailed to one recipient. */
    LINK
}
