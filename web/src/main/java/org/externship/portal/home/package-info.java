/**
 * The home pages of staff and the attending's end-of-placement task, which gather what several features hold; no
 * feature depends on them.
 */
package org.externship.portal.home;
