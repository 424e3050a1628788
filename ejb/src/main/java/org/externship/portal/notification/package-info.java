/**
 * Telling the other side: every change of an application's status becomes an in-portal notification for the
 * student or for the hospital's coordinators, and an e-mail sent after the change commits; so does a student's
 * message a staff member reported, for the hospital's coordinators, and a coordinator's change of a student's
 * placement (its dates, its supervising attendings), for the student. Uses application, identity and messaging (its
 * events).
 */
package org.externship.portal.notification;
