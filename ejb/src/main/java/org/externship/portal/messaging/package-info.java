/**
 * Professional messages (issue 11): threads between a student and the staff (attendings, coordinators) of a hospital
 * where the student has or had a placement, inside the portal with an e-mail that only says there is a message. A
 * student's message waits for the staff member's working hours ({@code StaffMember.workingHours()}, quiet hours
 * outside; {@code control.HeldMessages} lets it out); students start few threads ({@code letters.control.MessageLimit}),
 * in a professional tone ({@code letters.control.ToneCheck} advises) and without patient details ({@code PatientPrivacy}
 * refuses). Each side has a read mark and an unread count. Staff mute a thread or report a message to the
 * hospital's coordinators ({@code boundary.MessageReported}, which notification observes), who handle the report.
 * Uses placement, identity, learninglog, letters and application.
 */
package org.externship.portal.messaging;
