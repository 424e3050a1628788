/** The pages of the coordinator's program around placements (issue 10): attendance so far. */
package org.externship.portal.rotation.view;
