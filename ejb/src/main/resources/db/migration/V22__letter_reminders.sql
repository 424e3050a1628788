-- Letters (issue 11): polite follow-ups. The portal reminds an attending of a letter they accepted (at most three
-- reminders, within their working hours: ReminderPlan), and passes on a student's nudge (at most one a week:
-- NudgeLimit) at the start of the attending's working hours. Each row says what was sent and what is due next, so any
-- node's job can send it once (a conditional update claims it). The student's e-mail, as it was when they asked,
-- tells them when the attending answers. The packet may include the student's CV from their clinical passport.
ALTER TABLE letter_request ADD COLUMN student_email VARCHAR(254);
ALTER TABLE letter_request ADD COLUMN reminders_sent INT DEFAULT 0 NOT NULL;
ALTER TABLE letter_request ADD COLUMN last_reminder_at TIMESTAMP;
ALTER TABLE letter_request ADD COLUMN next_reminder_at TIMESTAMP;
ALTER TABLE letter_request ADD COLUMN nudged_at TIMESTAMP;
ALTER TABLE letter_request ADD COLUMN nudge_pending BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE letter_request ADD COLUMN include_cv BOOLEAN DEFAULT FALSE NOT NULL;
CREATE INDEX ix_letter_request_follow_up ON letter_request (tenant_id, next_reminder_at);
