-- Professional messages (issue 11): threads between a student and a staff member (attending or coordinator) of a
-- hospital where the student has or had a placement. A thread is the hospital's (tenant_id) and the student's (by
-- subject). A message the student writes outside the staff member's working hours waits until their next opening
-- (deliver_at): the staff member sees it, and the e-mail leaves, only from then on (notified_at: the e-mail's claim).
-- Staff set their own working hours (zone, start, end, days); the zone's default is the portal's setting
-- (portal.staff.default-zone) while work_zone is empty.
ALTER TABLE staff_member ADD COLUMN work_zone VARCHAR(40);
ALTER TABLE staff_member ADD COLUMN work_start TIME DEFAULT '08:00:00' NOT NULL;
ALTER TABLE staff_member ADD COLUMN work_end TIME DEFAULT '18:00:00' NOT NULL;
ALTER TABLE staff_member ADD COLUMN work_days VARCHAR(40) DEFAULT 'MON,TUE,WED,THU,FRI' NOT NULL;

CREATE TABLE message_thread (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    tenant_id           VARCHAR(40)   NOT NULL,
    student_subject     VARCHAR(64)   NOT NULL,
    student_name        VARCHAR(160)  NOT NULL,
    student_email       VARCHAR(254),
    application_id      BIGINT        NOT NULL,
    staff_id            BIGINT        NOT NULL,
    staff_subject       VARCHAR(64)   NOT NULL,
    staff_name          VARCHAR(160)  NOT NULL,
    topic               VARCHAR(160)  NOT NULL,
    started_at          TIMESTAMP     NOT NULL,
    started_by_student  BOOLEAN       NOT NULL,
    muted               BOOLEAN       NOT NULL,
    staff_read_at       TIMESTAMP,
    version             BIGINT        NOT NULL
);
CREATE INDEX ix_message_thread_student ON message_thread (student_subject, staff_id);
CREATE INDEX ix_message_thread_staff ON message_thread (tenant_id, staff_subject);

CREATE TABLE thread_message (
    id            BIGINT        NOT NULL PRIMARY KEY,
    thread_id     BIGINT        NOT NULL REFERENCES message_thread (id),
    tenant_id     VARCHAR(40)   NOT NULL,
    from_student  BOOLEAN       NOT NULL,
    body          VARCHAR(4000) NOT NULL,
    written_at    TIMESTAMP     NOT NULL,
    deliver_at    TIMESTAMP     NOT NULL,
    deliver_zone  VARCHAR(40),
    notified_at   TIMESTAMP,
    reported_at   TIMESTAMP,
    reported_by   VARCHAR(160),
    version       BIGINT        NOT NULL
);
CREATE INDEX ix_thread_message_thread ON thread_message (thread_id, deliver_at);
CREATE INDEX ix_thread_message_pending ON thread_message (notified_at, deliver_at);
