package org.externship.portal.shared.view;

import jakarta.faces.component.UIComponentBase;
import jakarta.faces.context.FacesContext;

/**
 * A component that writes its whole markup in {@code encodeBegin} from what the view prepared (rows, page links),
 * with no children: on long tables this replaces an expression evaluated for every cell by one for the table.
 */
abstract class PreparedMarkup extends UIComponentBase {

    @Override
    public String getFamily() {
        return "org.externship.portal.PreparedMarkup";
    }

    @Override
    public boolean getRendersChildren() {
        return true;
    }

    @Override
    public void encodeChildren(FacesContext context) {
        // what encodeBegin wrote is the whole of it
    }
}
