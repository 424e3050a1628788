package org.externship.portal.listing.view;

import org.externship.portal.shared.view.Feedback;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What of a search address the search left out, in words ({@code #{externshipSearchView.problems}}): beside the
 * filter it concerns, or at the top of the form when no filter shows it (a page past the last one, "only externships
 * I qualify for" asked by someone who is not offered it).
 */
public final class SearchProblems {

    private final Map<String, String> byFilter;
    private final List<String> others;

    SearchProblems(Map<String, String> byFilter, List<String> others) {
        this.byFilter = Collections.unmodifiableMap(byFilter);
        this.others = List.copyOf(others);
    }

    /**
     * Sorts the address's problems: those of a parameter in {@code filters} go beside that filter; the rest, and
     * the page and qualification problems, go to the top.
     */
    static SearchProblems of(SearchParameters parameters, Set<String> filters, Feedback feedback, int lastPage,
                             boolean qualifiedRefused) {
        Map<String, String> byFilter = new LinkedHashMap<>();
        List<String> others = new ArrayList<>();
        for (SearchParameters.Problem problem : parameters.problems()) {
            String text = feedback.text(problem.messageKey(), problem.arguments().toArray());
            if (filters.contains(problem.parameter())) {
                byFilter.put(problem.parameter(), text);
            } else {
                others.add(text);
            }
        }
        if (lastPage < parameters.page()) {
            others.add(feedback.text("search.problem.pageBeyond", parameters.page(), lastPage));
        }
        if (qualifiedRefused) {
            others.add(feedback.text("search.problem.qualified"));
        }
        return new SearchProblems(byFilter, others);
    }

    /** What was left out of filter {@code name}, in words; null when nothing was. */
    public String problem(String name) {
        return byFilter.get(name);
    }

    /** {@code "true"} for {@code aria-invalid} when something was left out of filter {@code name}; else none. */
    public String invalid(String name) {
        return byFilter.containsKey(name) ? "true" : null;
    }

    /** The id of the problem's text, for the filter's {@code aria-describedby}; none when it has no problem. */
    public String describedBy(String name) {
        return byFilter.containsKey(name) ? name + "-problem" : null;
    }

    /** Whether anything of the address was left out (the form says so at its top). */
    public boolean isShown() {
        return !byFilter.isEmpty() || !others.isEmpty();
    }

    /** Whether some filter shows a problem beside it (the top of the form points to them). */
    public boolean isFilterProblemsShown() {
        return !byFilter.isEmpty();
    }

    /** What was left out that no filter shows, each naming what it concerns. */
    public List<String> getOthers() {
        return others;
    }
}
