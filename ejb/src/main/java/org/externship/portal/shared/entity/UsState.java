package org.externship.portal.shared.entity;

import java.util.List;
import java.util.Optional;

/**
 * The US states, the District of Columbia and the inhabited territories, by the two-letter code the portal stores
 * (the USPS code, the constant's name) and the name a person reads. The one list of them: the pages' state menus
 * show it, and {@link UsStateCode} refuses any other code at the boundaries. In the order a menu shows them: the
 * states and DC by name, then the territories.
 */
public enum UsState {
    AL("Alabama"),
    AK("Alaska"),
    AZ("Arizona"),
    AR("Arkansas"),
    CA("California"),
    CO("Colorado"),
    CT("Connecticut"),
    DE("Delaware"),
    DC("District of Columbia"),
    FL("Florida"),
    GA("Georgia"),
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
    OH("Ohio"),
    OK("Oklahoma"),
    OR("Oregon"),
    PA("Pennsylvania"),
    RI("Rhode Island"),
    SC("South Carolina"),
    SD("South Dakota"),
    TN("Tennessee"),
    TX("Texas"),
    UT("Utah"),
    VT("Vermont"),
    VA("Virginia"),
    WA("Washington"),
    WV("West Virginia"),
    WI("Wisconsin"),
    WY("Wyoming"),
    AS("American Samoa"),
    GU("Guam"),
    MP("Northern Mariana Islands"),
    PR("Puerto Rico"),
    VI("U.S. Virgin Islands");

    private static final List<UsState> ALL = List.of(values());

    private final String fullName;

    UsState(String fullName) {
        this.fullName = fullName;
    }

    /** The two-letter code the portal stores, e.g. "NY". */
    public String code() {
        return name();
    }

    /** The name a person reads, e.g. "New York". */
    public String fullName() {
        return fullName;
    }

    /** Every state, DC and territory, in menu order. */
    public static List<UsState> all() {
        return ALL;
    }

    /** The state of {@code code} exactly as stored ("NY", not "ny" or "New York"); empty for any other text. */
    public static Optional<UsState> ofCode(String code) {
        return ALL.stream().filter(state -> state.name().equals(code)).findFirst();
    }
}
