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
    public static String name(String label) {
        return label + " " + suffix();
    }

    private static String suffix() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }
}
