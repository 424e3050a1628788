/** The student's saved searches page (student/saved-searches.xhtml): keep a search, open it, alerts, delete. */
package org.externship.portal.savedsearch.view;
