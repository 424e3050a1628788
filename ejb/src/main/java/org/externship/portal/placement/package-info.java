/**
 * Placements: a student's seat in a rotation period once they accepted an offer, and the attendings who supervise.
 * The coordinator's, the attending's and the student's views of them. The learning log, letters and the rotation
 * calendar hang off placements. Follows the application feature's events; depends on application and identity.
 */
package org.externship.portal.placement;
