/**
 * What every page uses: messages from the bundle and boundary errors on the page, dates as the pages show them, the
 * state menus' choices, security headers.
 */
package org.externship.portal.shared.view;
