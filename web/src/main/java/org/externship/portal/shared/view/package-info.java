/**
 * What every page uses: messages from the bundle and boundary errors on the page, security headers.
 */
package org.externship.portal.shared.view;
