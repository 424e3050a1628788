/**
 * Letters of recommendation and professional contact (issue 11): a student asks an attending who supervised them,
 * late in the placement and in a professional tone; the attending accepts or declines gracefully, writes or uploads
 * the letter; a waived letter's content never reaches the student. So far: asking ({@code LetterRequests}) and
 * answering ({@code LetterAnswers}), with the tone check that advises on a request's
 * or message's wording ({@link org.externship.portal.letters.control.ToneCheck}), when asking is open
 * ({@link org.externship.portal.letters.control.AskingWindow}) and the notice a due date leaves
 * ({@link org.externship.portal.letters.control.NoticePeriod}); the rules a letter's PDF must pass before it is kept
 * ({@link org.externship.portal.letters.control.LetterFile}). Contact within bounds: an attending's
 * {@link org.externship.portal.shared.control.WorkingHours} (quiet hours), the
 * {@link org.externship.portal.shared.control.ReminderPlan} before a letter's due date, and how often a student may
 * nudge ({@link org.externship.portal.letters.control.NudgeLimit}) or start a thread
 * ({@link org.externship.portal.letters.control.MessageLimit}).
 */
package org.externship.portal.letters;
