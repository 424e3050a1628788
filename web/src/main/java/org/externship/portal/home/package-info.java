/** The home pages of staff, which gather what several features hold; no feature depends on them. */
package org.externship.portal.home;
