-- Saved searches (issue 9): a student keeps a search of the public catalogue under a name and may be told by e-mail,
-- at most once a day, of the externships that newly match it. The row is the student's own, keyed by the Keycloak
-- subject like the clinical passport (not tenant-owned: a search spans every hospital), and every query of the
-- student's boundary names the subject from the token. The e-mail address and name are the token's, refreshed each
-- time the student saves or lists their searches (as an application keeps them).

CREATE TABLE saved_search (
    id                BIGINT       NOT NULL PRIMARY KEY,
    student_subject   VARCHAR(64)  NOT NULL,
    student_name      VARCHAR(160),
    student_email     VARCHAR(254),
    name              VARCHAR(120) NOT NULL,
    search_text       VARCHAR(200),
    specialty         VARCHAR(32),
    externship_type   VARCHAR(32),
    clinical_setting  VARCHAR(16),
    state             VARCHAR(2),
    city              VARCHAR(80),
    min_weeks         INTEGER,
    max_weeks         INTEGER,
    start_month       VARCHAR(7),
    max_fee_cents     BIGINT,
    visa              VARCHAR(32),
    qualified         BOOLEAN      NOT NULL,
    sort_order        VARCHAR(16),
    alerts            BOOLEAN      NOT NULL,
    created_at        TIMESTAMP    NOT NULL,
    -- what the next alert reports is what was listed after this moment; a run claims a search by moving it on
    alerted_at        TIMESTAMP    NOT NULL,
    version           BIGINT       NOT NULL
);
CREATE INDEX ix_saved_search_student ON saved_search (student_subject, created_at);
CREATE INDEX ix_saved_search_due ON saved_search (alerts, alerted_at);

-- When an externship was first published and when a rotation period was added: what "new since the last alert"
-- means. Rows from before this migration have none and count as old.
ALTER TABLE externship ADD COLUMN first_published_at TIMESTAMP;
ALTER TABLE rotation_period ADD COLUMN listed_at TIMESTAMP;
