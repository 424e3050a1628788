package org.externship.portal.savedsearch.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.externship.portal.listing.boundary.SearchCriteria;
import org.externship.portal.shared.boundary.Text;

/**
 * A search to keep: its name, the search's criteria (the student's qualifications are never kept; {@code qualified}
 * asks for them anew each time), and whether the student wants an e-mail when new externships match it.
 */
public record NewSavedSearch(
        @NotBlank(message = "{portal.savedSearch.name}")
        @Size(max = MAX_NAME, message = "{portal.savedSearch.name.size}") String name,
        @NotNull @Valid SearchCriteria criteria,
        boolean qualified,
        boolean alerts) {

    /** The longest name, in characters. */
    public static final int MAX_NAME = 120;

    public NewSavedSearch {
        name = Text.trimmed(name);
    }
}
