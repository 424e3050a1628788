/**
 * Applications for a rotation period and their workflow: the student applies, the hospital's coordinators review,
 * interview, offer (an offer holds a seat for some days, never more offers than seats), the student accepts and a
 * placement with its supervising attendings follows. Every change is on a timeline and notifies the other side.
 */
package org.externship.portal.application;
