package org.externship.portal.learninglog.boundary;

/** An entry awaiting the attending's sign-off, with whose it is and from which placement. */
public record SignoffItem(EntryDto entry, String studentName, String externshipTitle) {
}
