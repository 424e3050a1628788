package org.externship.portal.learninglog.control;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ZIP codes, recognised by their company: a label ("ZIP code 60614", "postal code"), a state before them ("Boston, MA
 * 02115", "Illinois 60629"), the ZIP+4 form (94110-2231), or "the 90210 area". A bare number of five digits is not a
 * ZIP code here: lab values (WBC 12500, CK 12000) and billing codes (CPT 99214) are written the same way and are far
 * more common in a learning log. Group 1 of each pattern is the ZIP code.
 */
final class ZipCodes implements IdentifierRule {

    private static final String ZIP = "(\\d{5}(?:-\\d{4})?)(?![\\w-]|[.,/]\\d)";
    private static final String STATE = "(?:AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS"
            + "|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|PR|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|Alabama|Alaska|Arizona"
            + "|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa"
            + "|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana"
            + "|Nebraska|Nevada|New\\s+Hampshire|New\\s+Jersey|New\\s+Mexico|New\\s+York|North\\s+Carolina"
            + "|North\\s+Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode\\s+Island|South\\s+Carolina|South\\s+Dakota"
            + "|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West\\s+Virginia|Wisconsin|Wyoming)";

    private static final List<Pattern> ZIP_CODES = List.of(
            Pattern.compile("\\b(?i:zip(?:\\s{0,3}code)?|postal\\s+code|post\\s?code)\\s{0,3}(?:(?i:is|was|of)\\b|:|#)?"
                    + "\\s{0,3}" + ZIP),
            Pattern.compile("\\b" + STATE + ",?\\s{1,3}" + ZIP),
            Pattern.compile("(?<![\\w.,/-])(\\d{5}-\\d{4})(?![\\w-]|[.,/]\\d)"),
            Pattern.compile("\\b(?i:the)\\s{1,3}" + ZIP + "\\s{1,3}(?i:area|zip|neighbou?rhood|region)\\b"));

    @Override
    public void findIn(String text, Findings findings) {
        for (Pattern pattern : ZIP_CODES) {
            Matcher matcher = pattern.matcher(text);
            while (matcher.find()) {
                findings.add(IdentifierKind.ZIP_CODE, matcher, 1);
            }
        }
    }
}
