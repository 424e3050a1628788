/** The coordinator's externship pages: the hospital's list and the editor. */
package org.externship.portal.listing.view;
