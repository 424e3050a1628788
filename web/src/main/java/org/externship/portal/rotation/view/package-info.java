/** The pages of the coordinator's program around placements (issue 10): attendance, and the rotation calendar (coordinator and attending pages, the .ics downloads). */
package org.externship.portal.rotation.view;
