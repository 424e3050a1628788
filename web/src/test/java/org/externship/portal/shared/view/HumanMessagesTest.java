package org.externship.portal.shared.view;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * Issue 9, words a person understands: every message Jakarta Faces may show (conversion, required, range, length,
 * select) has the portal's own wording in its message bundle, and none of them speaks the framework's language.
 */
class HumanMessagesTest {

    private static final Pattern FRAMEWORK_WORDING = Pattern.compile(
            "Validation Error|Conversion error|must be|consisting of|enum|Regex|regular expression|attribute|"
                    + "allowable|Value is|signed decimal", Pattern.CASE_INSENSITIVE);

    @Test
    void everyFacesMessageHasThePortalsOwnWords() throws IOException {
        Properties faces = load("/jakarta/faces/Messages.properties");
        Properties portal = load("/" + Feedback.BUNDLE.replace('.', '/') + ".properties");
        List<String> problems = new ArrayList<>();
        for (String key : faces.stringPropertyNames()) {
            if (key.equals("jakarta.faces.validator.BeanValidator.MESSAGE")
                    || key.equals("jakarta.faces.validator.BeanValidator.MESSAGE_detail")) {
                continue; // "{0}": the Bean Validation message itself, worded in ValidationMessages.properties
            }
            String ours = portal.getProperty(key);
            if (ours == null) {
                problems.add(key + " is not worded by the portal");
            } else if (FRAMEWORK_WORDING.matcher(ours).find()) {
                problems.add(key + " still speaks the framework's language: " + ours);
            } else {
                // it must format, as Faces formats it, with the label and values as arguments
                new MessageFormat(ours, Locale.US).format(new Object[]{"abc", "12", "Start date"});
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void aDateThatCannotBeReadSaysHowToTypeIt() throws IOException {
        Properties portal = load("/" + Feedback.BUNDLE.replace('.', '/') + ".properties");
        String text = new MessageFormat(portal.getProperty("jakarta.faces.converter.DateTimeConverter.DATE"),
                Locale.US).format(new Object[]{"31/01/2027", "01/31/2027", "First day"});
        assertEquals("First day: enter a date as MM/DD/YYYY, for example 01/31/2027.", text);
    }

    private static Properties load(String resource) throws IOException {
        try (InputStream in = HumanMessagesTest.class.getResourceAsStream(resource)) {
            assertNotNull(in, resource + " on the class path");
            Properties properties = new Properties();
            properties.load(in);
            return properties;
        }
    }
}
