package org.externship.portal.letters.control;

import java.util.Objects;

/** The attending a request or message is written to, by first and last name, and how they are addressed. */
public record Addressee(String firstName, String lastName) {

    public Addressee {
        Objects.requireNonNull(lastName);
    }

    /** "Grace Adams" as first and last name; a single word is the last name. */
    public static Addressee of(String fullName) {
        String[] words = fullName.strip().split("\\s+");
        return words.length == 1 ? new Addressee(null, words[0])
                : new Addressee(words[0], words[words.length - 1]);
    }

    /** "Dear Dr. Adams,". */
    public String salutation() {
        return "Dear Dr. " + lastName + ",";
    }
}
