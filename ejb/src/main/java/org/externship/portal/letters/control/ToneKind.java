package org.externship.portal.letters.control;

/**
 * What the tone check advises against in a letter request or a message to an attending (issue 11, DOMAIN.md's
 * etiquette). Each kind has a reason and a better wording in {@code letters/tone.properties} ({@link ToneTexts}).
 */
public enum ToneKind {
    /** "Dear Grace", "Hi", "Dr. Grace": an attending is addressed formally, "Dear Dr. Adams". */
    INFORMAL_ADDRESS,
    /** "a strong letter": ask whether they can write a supportive one, which leaves them a graceful way out. */
    STRONG_LETTER,
    /** "ASAP", "urgent": pressure; the hospital's notice period says when a letter can be expected. */
    PRESSURE,
    /** Emoji and emoticons. */
    EMOJI,
    /** "pls", "thx", "u": chat abbreviations. */
    CHAT_ABBREVIATION,
    /** A phone number or a social-media account offered or asked for: contact stays within the portal. */
    PRIVATE_CONTACT,
    /** A message far longer than a professional note. */
    TOO_LONG
}
