package org.externship.portal.learninglog.control;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * E-mail addresses (also "kpatel[at]mail.com" and "grace dot miller at gmail dot com"), web addresses (with a
 * scheme, "www." or a common top-level domain: "gofundme.com/help-for-marcus"), and IPv4 and IPv6 addresses. Every
 * web address is found, a patient's blog and a textbook's site alike: the guard cannot tell whose it is.
 */
final class NetworkAddresses implements IdentifierRule {

    private static final String LABEL = "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?";
    private static final String TOP_LEVEL = "(?:com|org|net|edu|gov|mil|int|io|info|biz|me|ly|be|tv|us|uk|ca|au|in|ng"
            + "|health|app|blog|page|site|online)";

    private static final List<Pattern> EMAILS = List.of(
            Pattern.compile("(?<![\\w.+-])[\\w.+-]{1,64}@" + LABEL + "(?:\\." + LABEL + "){1,8}"),
            Pattern.compile("(?<![\\w.+-])[\\w.+-]{1,64}\\s?(?i:\\[at]|\\(at\\)|\\{at})\\s?" + LABEL
                    + "(?:\\s?(?i:\\.|\\[dot]|\\(dot\\))\\s?" + LABEL + "){1,8}"),
            Pattern.compile("(?i)\\b(?:\\w{1,40}\\s{1,3}dot\\s{1,3}){0,3}\\w{1,40}\\s{1,3}at\\s{1,3}\\w{1,40}"
                    + "(?:\\s{1,3}dot\\s{1,3}\\w{1,40}){0,2}\\s{1,3}dot\\s{1,3}"
                    + "(?:com|org|net|edu|gov|io|co|uk|me)\\b"));
    private static final List<Pattern> WEB = List.of(
            Pattern.compile("(?i)\\b(?:https?|ftp)://[^\\s<>\"]{1,2000}"),
            Pattern.compile("(?i)(?<![\\w@.-])www\\.[^\\s<>\"]{1,2000}"),
            Pattern.compile("(?<![\\w@.+-])(?:" + LABEL + "\\.){1,5}" + TOP_LEVEL
                    + "(?![\\w@-])(?:/[^\\s<>\"]{0,2000})?"));
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[.,;:!?)\\]'\"]+$");

    private static final Pattern IPV4 = Pattern.compile(
            "(?<![\\w.])(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})(?!\\w|\\.\\d)");
    private static final Pattern IPV6 = Pattern.compile(
            "(?<![\\w:.])[0-9A-Fa-f]{0,4}+(?::[0-9A-Fa-f]{0,4}+){2,7}(?![\\w:])");
    private static final int FULL_IPV6_GROUPS = 8;
    private static final int FEWEST_IPV6_DIGITS = 4;

    @Override
    public void findIn(String text, Findings findings) {
        for (Pattern pattern : EMAILS) {
            Matcher matcher = pattern.matcher(text);
            while (matcher.find()) {
                findings.add(IdentifierKind.EMAIL_ADDRESS, matcher, 0);
            }
        }
        for (Pattern pattern : WEB) {
            Matcher matcher = pattern.matcher(text);
            while (matcher.find()) {
                Matcher trailing = TRAILING_PUNCTUATION.matcher(matcher.group());
                int end = trailing.find() ? matcher.start() + trailing.start() : matcher.end();
                if (end > matcher.start()) {
                    findings.add(IdentifierKind.WEB_ADDRESS, matcher.start(), end);
                }
            }
        }
        Matcher ipv4 = IPV4.matcher(text);
        while (ipv4.find()) {
            if (isByte(ipv4, 1) && isByte(ipv4, 2) && isByte(ipv4, 3) && isByte(ipv4, 4)) {
                findings.add(IdentifierKind.IP_ADDRESS, ipv4, 0);
            }
        }
        Matcher ipv6 = IPV6.matcher(text);
        while (ipv6.find()) {
            if (isIpv6(ipv6.group())) {
                findings.add(IdentifierKind.IP_ADDRESS, ipv6, 0);
            }
        }
    }

    private static boolean isByte(Matcher matcher, int group) {
        return Integer.parseInt(matcher.group(group)) <= 255;
    }

    /** "fe80::1" or eight groups; never a time of day (10:30:15), which has neither. */
    private static boolean isIpv6(String candidate) {
        boolean shortened = candidate.contains("::");
        boolean full = candidate.split(":", -1).length == FULL_IPV6_GROUPS;
        long hexDigits = candidate.chars().filter(c -> c != ':').count();
        return (shortened || full) && hexDigits >= FEWEST_IPV6_DIGITS;
    }
}
