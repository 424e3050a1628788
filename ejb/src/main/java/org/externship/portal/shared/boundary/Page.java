package org.externship.portal.shared.boundary;

import java.util.List;

/** One page of a longer list: its rows and how many rows the whole list has. */
public record Page<T>(List<T> rows, long total) {

    public Page {
        rows = List.copyOf(rows);
    }
}
