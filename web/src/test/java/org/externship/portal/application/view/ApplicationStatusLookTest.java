package org.externship.portal.application.view;

import org.externship.portal.application.entity.ApplicationStatus;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 9, one visual system: every application status has a colour of its own in portal.css, and no two statuses
 * share one, so a student or coordinator tells them apart at a glance.
 */
class ApplicationStatusLookTest {

    private static final Pattern RULE = Pattern.compile("\\.status-tag\\.(status-[a-z-]+)\\s*\\{\\s*background:\\s*"
            + "(#[0-9a-fA-F]{6})");

    @Test
    void everyStatusHasAColourOfItsOwn() throws IOException {
        String css = Files.readString(Path.of("src/main/webapp/resources/portal/css/portal.css"));
        Map<String, String> colours = new HashMap<>();
        Matcher rule = RULE.matcher(css);
        while (rule.find()) {
            colours.put(rule.group(1), rule.group(2).toLowerCase());
        }
        Set<String> used = new HashSet<>();
        for (ApplicationStatus status : ApplicationStatus.values()) {
            String name = ApplicationStatusLook.cssName(status);
            assertTrue(new ApplicationStatusLook().styleClass(status).endsWith(name));
            String colour = colours.get(name);
            assertTrue(colour != null, status + " has no colour in portal.css");
            assertTrue(used.add(colour), status + " shares its colour " + colour);
        }
        assertEquals(ApplicationStatus.values().length, used.size());
    }
}
