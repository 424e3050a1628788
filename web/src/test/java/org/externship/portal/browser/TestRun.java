package org.externship.portal.browser;

import java.util.UUID;

/**
 * A short id that keeps one test run's names apart from another's (titles, user names, aliases). It starts with a
 * letter: an id of eight digits read as a patient's record number to the de-identification guard when it reached
 * a guarded text (an externship's title in a letter request's message), and the request was refused now and then.
 */
final class TestRun {

    private TestRun() {
    }

    /** A letter and seven hexadecimal digits, lower case. */
    static String id() {
        return "r" + UUID.randomUUID().toString().substring(0, 7);
    }
}
