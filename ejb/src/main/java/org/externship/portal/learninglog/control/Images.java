package org.externship.portal.learninglog.control;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Images, which a learning log entry never holds: pasted data (data:image/...), HTML and Markdown images, image file
 * names (IMG_2041.jpg, rash.heic, scan.dcm) and words that attach one ("photo attached", "see the attached picture",
 * "I uploaded a screenshot"). Talking about images ("we reviewed the chest X-ray images") passes.
 */
final class Images implements IdentifierRule {

    private static final String IMAGE = "(?:photo(?:graph)?|picture|pic|image|snapshot|screen\\s?shot|selfie)s?";

    private static final List<Pattern> IMAGES = List.of(
            Pattern.compile("(?i)\\bdata:image/[^\\s\"')]{0,4000}"),
            Pattern.compile("(?i)<img\\b[^>]{0,2000}>?"),
            Pattern.compile("!\\[[^\\]\\n]{0,200}]\\([^)\\s]{1,500}\\)"),
            Pattern.compile("(?i)(?<![\\w.-])[\\w-]{1,100}\\.(?:jpe?g|png|gif|bmp|tiff?|heic|heif|webp|dcm|dicom)\\b"),
            Pattern.compile("(?i)\\b(?:photo(?:graph)?|picture|pic|image|snapshot|screen\\s?shot|selfie)s?\\s{1,3}"
                    + "(?:(?:is|are)\\s{1,3})?(?:attached|enclosed|included|below|above|uploaded|added)\\b"),
            Pattern.compile("(?i)\\b(?:attached|enclosed|attach(?:ing)?|upload(?:ed|ing)?|includ(?:ed|e|ing)"
                    + "|add(?:ed|ing)?|see\\s{1,3}(?:the\\s{1,3})?attached)\\s{1,3}(?:(?:a|an|the|my|his|her|their"
                    + "|this|these|two|three|some|more)\\s{1,3})?(?:[a-z-]{1,20}\\s{1,3})?" + IMAGE + "\\b"));

    @Override
    public void findIn(String text, Findings findings) {
        for (Pattern pattern : IMAGES) {
            Matcher matcher = pattern.matcher(text);
            while (matcher.find()) {
                findings.add(IdentifierKind.IMAGE, matcher, 0);
            }
        }
    }
}
