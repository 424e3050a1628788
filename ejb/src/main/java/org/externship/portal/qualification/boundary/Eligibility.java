package org.externship.portal.qualification.boundary;

import java.util.List;

/** A student measured against an externship: "you meet every requirement", or exactly what is missing. */
public record Eligibility(List<Shortfall> shortfalls) {

    public Eligibility {
        shortfalls = List.copyOf(shortfalls);
    }

    public boolean meetsAll() {
        return shortfalls.isEmpty();
    }
}
