-- The coordinator's program (issue 10), attendance: the days a student was on site during a placement and how many
-- hours, as the student logs them, one row per placement and day; a supervising attending confirms them, one by one
-- or a week at a time. A confirmed day is locked: the certificate counts confirmed hours only. The student's rows
-- (student_subject) in the placement's hospital (tenant_id): V25_1 walls them on PostgreSQL.
CREATE TABLE attendance_day (
    id               BIGINT        NOT NULL PRIMARY KEY,
    tenant_id        VARCHAR(40)   NOT NULL,
    placement_id     BIGINT        NOT NULL REFERENCES placement (id),
    student_subject  VARCHAR(64)   NOT NULL,
    on_day           DATE          NOT NULL,
    hours            NUMERIC(4, 2) NOT NULL,
    note             VARCHAR(300),
    status           VARCHAR(12)   NOT NULL,
    logged_at        TIMESTAMP     NOT NULL,
    confirmed_by     VARCHAR(160),
    confirmed_at     TIMESTAMP,
    version          BIGINT        NOT NULL,
    CONSTRAINT uq_attendance_day UNIQUE (placement_id, on_day)
);
CREATE INDEX ix_attendance_day_tenant_status ON attendance_day (tenant_id, status);
