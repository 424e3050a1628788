-- The learning log (issue 12): a student's entries of cases, procedures, sessions, stories and feedback. An entry is
-- the student's own (keyed by the Keycloak subject, like the clinical passport; not tenant-owned: a log spans
-- hospitals and time outside any placement). An entry of a placement names the placement's hospital (tenant_id),
-- the placement, the student's application it came from and the supervising attending the student chose, whose name
-- is kept as it was. The row is the entry's latest version; a version its supervisor verified or returned is kept
-- in log_entry_version when the student changes the entry.

CREATE TABLE log_entry (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    student_subject     VARCHAR(64)   NOT NULL,
    tenant_id           VARCHAR(40),
    placement_id        BIGINT        REFERENCES placement (id),
    application_id      BIGINT,
    supervisor_staff_id BIGINT,
    supervisor_subject  VARCHAR(64),
    supervisor_name     VARCHAR(160),
    kind                VARCHAR(32)   NOT NULL,
    entry_date          DATE          NOT NULL,
    minutes             INTEGER,
    topic               VARCHAR(200)  NOT NULL,
    involvement         VARCHAR(16),
    care_setting        VARCHAR(16),
    notes               VARCHAR(4000),
    applied             VARCHAR(2000),
    review_status       VARCHAR(20)   NOT NULL,
    reviewer_name       VARCHAR(160),
    reviewed_at         TIMESTAMP,
    review_comment      VARCHAR(1000),
    revision            INTEGER       NOT NULL,
    written_at          TIMESTAMP     NOT NULL,
    created_at          TIMESTAMP     NOT NULL,
    version             BIGINT        NOT NULL
);
CREATE INDEX ix_log_entry_student ON log_entry (student_subject, entry_date);
CREATE INDEX ix_log_entry_supervisor ON log_entry (tenant_id, supervisor_subject, review_status);
CREATE INDEX ix_log_entry_placement ON log_entry (placement_id);

CREATE TABLE log_entry_version (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    entry_id            BIGINT        NOT NULL REFERENCES log_entry (id),
    revision            INTEGER       NOT NULL,
    tenant_id           VARCHAR(40),
    placement_id        BIGINT,
    application_id      BIGINT,
    supervisor_staff_id BIGINT,
    supervisor_subject  VARCHAR(64),
    supervisor_name     VARCHAR(160),
    kind                VARCHAR(32)   NOT NULL,
    entry_date          DATE          NOT NULL,
    minutes             INTEGER,
    topic               VARCHAR(200)  NOT NULL,
    involvement         VARCHAR(16),
    care_setting        VARCHAR(16),
    notes               VARCHAR(4000),
    applied             VARCHAR(2000),
    review_status       VARCHAR(20)   NOT NULL,
    reviewer_name       VARCHAR(160),
    reviewed_at         TIMESTAMP,
    review_comment      VARCHAR(1000),
    written_at          TIMESTAMP     NOT NULL,
    CONSTRAINT uq_log_entry_version UNIQUE (entry_id, revision)
);
