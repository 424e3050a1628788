-- Letters of recommendation (issue 11): a student's request to an attending who supervised their placement. The
-- student's (by subject) and the placement's hospital's (tenant_id): its attending answers it while acting for that
-- hospital. One open request per student and attending is the boundary's rule (LetterRequests).
CREATE TABLE letter_request (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    student_subject     VARCHAR(64)   NOT NULL,
    student_name        VARCHAR(160)  NOT NULL,
    tenant_id           VARCHAR(40)   NOT NULL,
    placement_id        BIGINT        NOT NULL REFERENCES placement (id),
    application_id      BIGINT        NOT NULL,
    attending_staff_id  BIGINT        NOT NULL,
    attending_subject   VARCHAR(64)   NOT NULL,
    attending_name      VARCHAR(160)  NOT NULL,
    message             VARCHAR(4000) NOT NULL,
    wanted_by           DATE,
    waived              BOOLEAN       NOT NULL,
    status              VARCHAR(20)   NOT NULL,
    asked_at            TIMESTAMP     NOT NULL,
    answered_at         TIMESTAMP,
    due_date            DATE,
    suggested_staff_id  BIGINT,
    suggested_name      VARCHAR(160),
    version             BIGINT        NOT NULL
);
CREATE INDEX ix_letter_request_student ON letter_request (student_subject, attending_subject);
CREATE INDEX ix_letter_request_attending ON letter_request (tenant_id, attending_subject, status);
