package org.externship.portal.savedsearch.view;

import org.externship.portal.listing.boundary.SearchCriteria;
import org.externship.portal.listing.view.SearchParameters;
import org.externship.portal.shared.entity.UsState;

import java.util.ArrayList;
import java.util.List;

/**
 * A search in words, as a person would name it: "Pediatrics · Hands-on clinical · in Brooklyn, New York · no fee".
 * It names a saved search by default and says on the list what each one looks for. Words from the page's bundle
 * ({@code search.words.*} and the labels of the search's lists); the order of results is not part of it.
 */
public final class SearchInWords {

    /** The page's texts: a message of the bundle with its arguments. */
    @FunctionalInterface
    public interface Texts {
        String text(String key, Object... arguments);
    }

    static final String SEPARATOR = " \u00b7 ";

    private SearchInWords() {
    }

    public static String of(SearchCriteria c, boolean qualified, Texts texts) {
        List<String> words = new ArrayList<>();
        if (c.text() != null) {
            words.add(texts.text("search.words.text", c.text()));
        }
        if (c.specialty() != null) {
            words.add(texts.text("specialty." + c.specialty().name()));
        }
        if (c.type() != null) {
            words.add(texts.text("externshipType." + c.type().name()));
        }
        if (c.setting() != null) {
            words.add(texts.text("setting." + c.setting().name()));
        }
        String state = c.state() == null ? null
                : UsState.ofCode(c.state()).map(UsState::fullName).orElse(c.state());
        if (c.city() != null || state != null) {
            String place = c.city() == null ? state : state == null ? c.city() : c.city() + ", " + state;
            words.add(texts.text("search.words.place", place));
        }
        if (c.minWeeks() != null && c.maxWeeks() != null) {
            words.add(c.minWeeks().equals(c.maxWeeks()) ? texts.text("search.words.weeks", c.minWeeks())
                    : texts.text("search.words.weeksBetween", c.minWeeks(), c.maxWeeks()));
        } else if (c.minWeeks() != null) {
            words.add(texts.text("search.words.minWeeks", c.minWeeks()));
        } else if (c.maxWeeks() != null) {
            words.add(texts.text("search.words.maxWeeks", c.maxWeeks()));
        }
        if (c.startMonth() != null) {
            words.add(texts.text("search.words.month", SearchParameters.monthInWords(c.startMonth())));
        }
        if (c.maxFeeCents() != null) {
            words.add(c.maxFeeCents() == 0 ? texts.text("search.words.noFee")
                    : texts.text("search.words.maxFee", c.maxFeeCents() / 100));
        }
        if (c.visa() != null) {
            words.add(texts.text("search.words.visa", texts.text("visa." + c.visa().name())));
        }
        if (qualified) {
            words.add(texts.text("search.words.qualified"));
        }
        return words.isEmpty() ? texts.text("search.words.any") : String.join(SEPARATOR, words);
    }

    /** A name for the search: its words, cut at a separator to fit {@code max} characters. */
    public static String name(SearchCriteria c, boolean qualified, Texts texts, int max) {
        String words = of(c, qualified, texts);
        if (words.length() <= max) {
            return words;
        }
        int cut = words.lastIndexOf(SEPARATOR, max);
        return cut > 0 ? words.substring(0, cut) : words.substring(0, max - 1).strip() + "\u2026";
    }
}
