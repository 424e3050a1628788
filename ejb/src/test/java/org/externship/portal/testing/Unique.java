package org.externship.portal.testing;

import java.util.UUID;

/**
 * Fresh names for test rows: the PostgreSQL schema of the tests outlives each run and tests share one database,
 * so every test makes its own hospitals and people and never counts on an empty table.
 */
public final class Unique {

    private Unique() {
    }

    /** A hospital alias such as {@code it-a-3f9c2d1e0b}: valid for the alias pattern and at most 40 characters. */
    public static String alias(String label) {
        return "it-" + label + "-" + suffix();
    }

    /** A person's name that no other test uses, e.g. {@code Ada Coordinator 3f9c2d1e0b}. */
    /**
     * A person's or a thing's name: letters only, since a run of digits in a name reads as a patient's record number or
     * a phone number to the de-identification guard.
     */
    public static String name(String label) {
        StringBuilder letters = new StringBuilder();
        for (char c : suffix().toCharArray()) {
            letters.append(Character.isDigit(c) ? (char) ('g' + c - '0') : c);
        }
        return label + " " + letters;
    }

    private static String suffix() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }
}
