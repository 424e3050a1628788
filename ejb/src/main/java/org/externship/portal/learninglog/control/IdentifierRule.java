package org.externship.portal.learninglog.control;

/**
 * One family of identifiers (names, dates, numbers, ...). Rules see the text as {@link DeidentificationGuard}
 * prepared it (typographic quotes, dashes and spaces made plain, offsets unchanged). Every quantifier in their
 * patterns is bounded and no pattern nests an unbounded repetition, so a text costs time in proportion to its length.
 */
interface IdentifierRule {

    void findIn(String text, Findings findings);
}
