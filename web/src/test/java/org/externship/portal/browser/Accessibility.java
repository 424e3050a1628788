package org.externship.portal.browser;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Issue 9, accessible: runs axe-core (the {@code axe.min.js} that Deque's {@code com.deque.html.axe-core:selenium}
 * ships, a test dependency) on the page the browser shows, with the rules of WCAG 2.0 and 2.1, levels A and AA, and
 * answers the violations a test fails on: those axe rates serious or critical. Colour contrast is one of those rules.
 * Rules are never switched off here; a page that must leave one out says why, next to its exclusion.
 */
final class Accessibility {

    /** The WCAG levels the portal promises: 2.0 and 2.1, A and AA. */
    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final Set<String> FAILING = Set.of("serious", "critical");
    private static final String AXE = axeSource();

    /**
     * axe's answer, cut down to what an assertion message needs: per violated rule its impact and help, and for each
     * element its selector, its markup and axe's summary of what is wrong.
     */
    private static final String RUN = """
            var done = arguments[arguments.length - 1];
            window.axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
                .then(function (result) {
                    done(result.violations.map(function (v) {
                        return {rule: v.id, impact: v.impact || '', help: v.help, url: v.helpUrl,
                            nodes: v.nodes.map(function (n) {
                                return {target: n.target.join(' '), html: n.html,
                                    summary: (n.failureSummary || '').replace(/\\s+/g, ' ')};
                            })};
                    }));
                }, function (error) { done('axe failed: ' + error); });
            """;

    private Accessibility() {
    }

    /** One element axe found wrong. */
    record Node(String target, String html, String summary) {
    }

    /** A rule of axe the page breaks, with the elements that break it. */
    record Violation(String rule, String impact, String help, String url, List<Node> nodes) {

        boolean failing() {
            return FAILING.contains(impact);
        }

        /** Rule, impact, help, and each element's selector, markup (cut at 300 characters) and what is wrong. */
        String describe() {
            StringBuilder text = new StringBuilder().append(rule).append(" (").append(impact).append("): ")
                    .append(help).append(" <").append(url).append('>');
            for (Node node : nodes) {
                String html = node.html().length() > 300 ? node.html().substring(0, 300) + "…" : node.html();
                text.append("\n      at ").append(node.target()).append("\n         ").append(html)
                        .append("\n         ").append(node.summary());
            }
            return text.toString();
        }
    }

    /** Every WCAG 2.0/2.1 A and AA violation axe finds on the page the browser shows, whatever its impact. */
    @SuppressWarnings("unchecked")
    static List<Violation> violations(WebDriver driver) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        if (!Boolean.TRUE.equals(js.executeScript("return !!window.axe;"))) {
            js.executeScript(AXE);
        }
        Object answer = js.executeAsyncScript(RUN, TAGS);
        if (!(answer instanceof List<?> list)) {
            throw new IllegalStateException(String.valueOf(answer));
        }
        return ((List<Map<String, Object>>) list).stream().map(v -> new Violation((String) v.get("rule"),
                (String) v.get("impact"), (String) v.get("help"), (String) v.get("url"),
                ((List<Map<String, Object>>) v.get("nodes")).stream().map(n -> new Node((String) n.get("target"),
                        (String) n.get("html"), (String) n.get("summary"))).toList())).toList();
    }

    /** The serious and critical violations on the page: what the browser tests allow none of. */
    static List<Violation> failing(WebDriver driver) {
        return violations(driver).stream().filter(Violation::failing).toList();
    }

    /** A readable list of violations, one rule per paragraph. */
    static String describe(List<Violation> violations) {
        return violations.stream().map(v -> "  " + v.describe()).collect(Collectors.joining("\n"));
    }

    private static String axeSource() {
        try (InputStream in = Accessibility.class.getClassLoader().getResourceAsStream("axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not on the test class path (com.deque.html.axe-core)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
