package org.externship.portal.shared.view;

import java.io.Serializable;

/**
 * A link of a view switch ({@link ViewSwitch}): one of the views of a page (the parts of the reports), each at an
 * address of its own, and whether it is the one shown.
 *
 * @param id      the element's id
 * @param label   the view's name, as the page says it
 * @param address where the view is
 * @param current whether the page shows it now
 */
public record ViewLink(String id, String label, String address, boolean current) implements Serializable {
}
