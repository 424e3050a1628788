-- ERAS experience drafts (issue 12, "Turning it into application material"): a student drafts the experiences of
-- a residency application (ERAS, the 2025 shape: at most 10, up to three "most meaningful") from a placement's
-- learning log. The row is the student's own, keyed by the Keycloak subject like log_entry (not tenant-owned: the
-- drafts span hospitals); application_id names the placement it was drafted from (by its accepted application),
-- empty for none. Months are written YYYY-MM. The texts are stored with every line break as one LF, so a text within
-- the service's limit (learninglog.control.ErasCharacterCount) also fits its column.

CREATE TABLE experience_draft (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    student_subject     VARCHAR(64)   NOT NULL,
    application_id      BIGINT,
    position_title      VARCHAR(100)  NOT NULL,
    organization        VARCHAR(200)  NOT NULL,
    start_month         VARCHAR(7)    NOT NULL,
    end_month           VARCHAR(7),
    frequency           VARCHAR(16),
    location            VARCHAR(120),
    setting             VARCHAR(16),
    experience_type     VARCHAR(40)   NOT NULL,
    focus_area          VARCHAR(48),
    key_characteristic  VARCHAR(48),
    description         VARCHAR(750),
    most_meaningful     BOOLEAN       NOT NULL,
    reflection          VARCHAR(300),
    created_at          TIMESTAMP     NOT NULL,
    updated_at          TIMESTAMP     NOT NULL,
    version             BIGINT        NOT NULL
);
CREATE INDEX ix_experience_draft_student ON experience_draft (student_subject, created_at);
