package org.externship.portal.letters.control;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Advises on the wording of a letter request or a message to an attending (issue 11): what DOMAIN.md's etiquette
 * warns against, each finding with its words and their place, so the page can name them and offer better wording.
 * It advises, the student decides (a letter request with findings is flagged before it is sent). Plain Java and
 * thread-safe.
 */
@ApplicationScoped
public class ToneCheck {

    /** More words than this is no longer a short professional note. */
    static final int MOST_WORDS = 250;

    private static final Pattern CASUAL_GREETING = Pattern.compile(
            "(?im)^[\\s\\p{Punct}]*(hi|hey|hiya|yo|sup)\\b");
    private static final Pattern STRONG_LETTER = Pattern.compile(
            "(?i)\\b(?:strong(?:est)?|glowing|stellar|outstanding|excellent|great|amazing)\\s+"
                    + "(?:letters?|recommendations?|lors?|references?)\\b");
    private static final Pattern PRESSURE = Pattern.compile(
            "(?i)\\b(?:asap|a\\.s\\.a\\.p|urgent(?:ly)?|as soon as possible|right away|immediately|by tomorrow)\\b");
    private static final Pattern CHAT = Pattern.compile(
            "(?i)(?<![\\w'’-])(?:pls|plz|thx|thnx|tnx|ty|u|ur|btw|lol|omg|idk|imo|tbh|gonna|wanna|gotta|cuz|coz)"
                    + "(?![\\w'’-])");
    private static final Pattern EMOTICON = Pattern.compile(
            "(?<![\\w:/])(?:[:;=][-'^]?[)(DPpO|\\\\/\\]\\[*]|<3|[xX]D)(?![\\w/])");
    private static final Pattern PHONE = Pattern.compile(
            "(?<![\\d-])(?:\\+?1[\\s.-]?)?\\(?\\d{3}\\)?[\\s.-]\\d{3}[\\s.-]?\\d{4}(?![\\d-])");
    private static final Pattern PRIVATE_CHANNEL = Pattern.compile(
            "(?i)\\b(?:whats\\s?app|instagram|insta|facebook|snapchat|tiktok|telegram|wechat|twitter|viber"
                    + "|my (?:cell|mobile|phone)(?: number)?|my number|your (?:cell|mobile|personal)(?: phone)?"
                    + "(?: number)?|your (?:phone )?number|text me|call me|dm me|personal e-?mail)\\b");
    private static final Pattern HANDLE = Pattern.compile("(?<![\\w.@])@[A-Za-z0-9_.]{3,}");
    private static final Pattern WORD = Pattern.compile("\\S+");

    /** What {@code text}, written to {@code addressee}, should say differently, in reading order; none for none. */
    public List<ToneFinding> check(String text, Addressee addressee) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<ToneFinding> found = new ArrayList<>();
        addressedByFirstName(text, addressee, found);
        find(CASUAL_GREETING, 1, text, ToneKind.INFORMAL_ADDRESS, found);
        find(STRONG_LETTER, 0, text, ToneKind.STRONG_LETTER, found);
        find(PRESSURE, 0, text, ToneKind.PRESSURE, found);
        emoji(text, found);
        find(EMOTICON, 0, text, ToneKind.EMOJI, found);
        find(CHAT, 0, text, ToneKind.CHAT_ABBREVIATION, found);
        find(PHONE, 0, text, ToneKind.PRIVATE_CONTACT, found);
        find(PRIVATE_CHANNEL, 0, text, ToneKind.PRIVATE_CONTACT, found);
        find(HANDLE, 0, text, ToneKind.PRIVATE_CONTACT, found);
        long words = WORD.matcher(text).results().count();
        if (words > MOST_WORDS) {
            found.add(new ToneFinding(ToneKind.TOO_LONG, words + " words", 0, text.length()));
        }
        return inReadingOrder(found);
    }

    /** "Dear Grace", "Hi Grace", "Dr. Grace", or a line that opens with "Grace,". */
    private static void addressedByFirstName(String text, Addressee addressee, List<ToneFinding> found) {
        String first = addressee.firstName();
        if (first == null || first.equalsIgnoreCase(addressee.lastName())) {
            return;
        }
        String name = Pattern.quote(first);
        find(Pattern.compile("(?i)\\b(?:dear|hi|hey|hello|good (?:morning|afternoon|evening))\\s+" + name + "\\b"),
                0, text, ToneKind.INFORMAL_ADDRESS, found);
        find(Pattern.compile("\\b(?:Dr|Doctor)\\.?\\s+" + name + "\\b"), 0, text, ToneKind.INFORMAL_ADDRESS, found);
        find(Pattern.compile("(?m)^\\s*" + name + "\\s*[,!]"), 0, text, ToneKind.INFORMAL_ADDRESS, found);
    }

    private static void find(Pattern pattern, int group, String text, ToneKind kind, List<ToneFinding> found) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(new ToneFinding(kind, matcher.group(group).strip(), matcher.start(group),
                    matcher.start(group) + matcher.group(group).strip().length()));
        }
    }

    /** Pictographs, emoticons, dingbats and the like, one finding per run of them. */
    private static void emoji(String text, List<ToneFinding> found) {
        int i = 0;
        while (i < text.length()) {
            int c = text.codePointAt(i);
            if (isEmoji(c)) {
                int start = i;
                while (i < text.length() && (isEmoji(text.codePointAt(i)) || isJoiner(text.codePointAt(i)))) {
                    i += Character.charCount(text.codePointAt(i));
                }
                found.add(new ToneFinding(ToneKind.EMOJI, text.substring(start, i), start, i));
            } else {
                i += Character.charCount(c);
            }
        }
    }

    private static boolean isEmoji(int c) {
        return (c >= 0x1F000 && c <= 0x1FAFF) || (c >= 0x2600 && c <= 0x27BF) || c == 0x2B50 || c == 0x2B55;
    }

    private static boolean isJoiner(int c) {
        return c == 0x200D || c == 0xFE0F || (c >= 0x1F3FB && c <= 0x1F3FF);
    }

    /** By place; where two findings overlap, the one found first (its kind is listed first) stays. */
    private static List<ToneFinding> inReadingOrder(List<ToneFinding> found) {
        List<ToneFinding> kept = new ArrayList<>();
        for (ToneFinding finding : found) {
            boolean overlaps = finding.kind() != ToneKind.TOO_LONG && kept.stream()
                    .filter(k -> k.kind() != ToneKind.TOO_LONG)
                    .anyMatch(k -> k.start() < finding.end() && finding.start() < k.end());
            if (!overlaps) {
                kept.add(finding);
            }
        }
        kept.sort(Comparator.comparingInt(ToneFinding::start).thenComparing(ToneFinding::kind));
        return List.copyOf(kept);
    }
}
