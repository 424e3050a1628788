package org.externship.portal.shared.view;

import java.util.Locale;
import java.util.Optional;

/**
 * The US states, the District of Columbia and the inhabited territories, as a list to choose from: the full name
 * shown, the two-letter postal code submitted and stored. In alphabetical order of the names, so that typing the
 * first letters in a list finds the state.
 */
public enum UsState {

    AL("Alabama"),
    AK("Alaska"),
    AS("American Samoa"),
    AZ("Arizona"),
    AR("Arkansas"),
    CA("California"),
    CO("Colorado"),
    CT("Connecticut"),
    DE("Delaware"),
    DC("District of Columbia"),
    FL("Florida"),
    GA("Georgia"),
    GU("Guam"),
    HI("Hawaii"),
    ID("Idaho"),
    IL("Illinois"),
    IN("Indiana"),
    IA("Iowa"),
    KS("Kansas"),
    KY("Kentucky"),
    LA("Louisiana"),
    ME("Maine"),
    MD("Maryland"),
    MA("Massachusetts"),
    MI("Michigan"),
    MN("Minnesota"),
    MS("Mississippi"),
    MO("Missouri"),
    MT("Montana"),
    NE("Nebraska"),
    NV("Nevada"),
    NH("New Hampshire"),
    NJ("New Jersey"),
    NM("New Mexico"),
    NY("New York"),
    NC("North Carolina"),
    ND("North Dakota"),
    MP("Northern Mariana Islands"),
    OH("Ohio"),
    OK("Oklahoma"),
    OR("Oregon"),
    PA("Pennsylvania"),
    PR("Puerto Rico"),
    RI("Rhode Island"),
    SC("South Carolina"),
    SD("South Dakota"),
    TN("Tennessee"),
    TX("Texas"),
    UT("Utah"),
    VT("Vermont"),
    VI("Virgin Islands"),
    VA("Virginia"),
    WA("Washington"),
    WV("West Virginia"),
    WI("Wisconsin"),
    WY("Wyoming");

    private final String label;

    UsState(String label) {
        this.label = label;
    }

    /** The two-letter postal code: "NY". */
    public String code() {
        return name();
    }

    /** The full name: "New York". */
    public String label() {
        return label;
    }

    /** The state of a two-letter code, in either case and without surrounding white space ("ny" is New York). */
    public static Optional<UsState> ofCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.strip().toUpperCase(Locale.ROOT);
        for (UsState state : values()) {
            if (state.name().equals(wanted)) {
                return Optional.of(state);
            }
        }
        return Optional.empty();
    }
}
