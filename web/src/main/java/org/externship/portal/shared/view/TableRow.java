package org.externship.portal.shared.view;

import java.io.Serializable;
import java.util.List;

/** A row of a table that {@link TableRows} writes: its cells in the order of the table's columns, and a style class. */
public record TableRow(String styleClass, List<Cell> cells) implements Serializable {

    public TableRow {
        cells = List.copyOf(cells);
    }

    /** A row of these cells, without a style class. */
    public static TableRow of(Cell... cells) {
        return new TableRow(null, List.of(cells));
    }
}
