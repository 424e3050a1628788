-- Professional messages (issue 11), finished: what the student has read, the coordinators' handling of reported
-- messages, and the notification that tells them of a report.
-- The student's read mark of a thread (the staff member's is staff_read_at, V20): the staff member's messages
-- delivered after it are unread for the student. No new table: V20_1's policies wall these columns too.
ALTER TABLE message_thread ADD COLUMN student_read_at TIMESTAMP;

-- A reported message is handled (dismissed) once by a coordinator, with an optional short note: it leaves the open
-- list and stays on the handled one.
ALTER TABLE thread_message ADD COLUMN handled_at TIMESTAMP;
ALTER TABLE thread_message ADD COLUMN handled_by VARCHAR(160);
ALTER TABLE thread_message ADD COLUMN handled_note VARCHAR(500);
CREATE INDEX ix_thread_message_reported ON thread_message (tenant_id, reported_at);

-- A notification tells of an application's new status (as before) or of a message a staff member reported to the
-- hospital's coordinators (kind MESSAGE_REPORTED: no status; reported_by names the staff member).
ALTER TABLE notification ADD COLUMN kind VARCHAR(24) DEFAULT 'APPLICATION_STATUS' NOT NULL;
ALTER TABLE notification ADD COLUMN reported_by VARCHAR(160);
ALTER TABLE notification ALTER COLUMN status DROP NOT NULL;
