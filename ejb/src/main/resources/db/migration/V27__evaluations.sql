-- The coordinator's program (issue 10), evaluations: at the end of a placement each supervising attending rates the
-- extern on a handful of competencies (1 to 5, or not observed) with comments, once. The student reads it once sent;
-- the hospital's coordinators read them all. The student's rows (student_subject) in the placement's hospital
-- (tenant_id): V27_1 walls them on PostgreSQL.
CREATE TABLE evaluation (
    id                     BIGINT        NOT NULL PRIMARY KEY,
    tenant_id              VARCHAR(40)   NOT NULL,
    placement_id           BIGINT        NOT NULL REFERENCES placement (id),
    student_subject        VARCHAR(64)   NOT NULL,
    staff_member_id        BIGINT        NOT NULL REFERENCES staff_member (id),
    attending_name         VARCHAR(160)  NOT NULL,
    patient_care           SMALLINT,
    patient_care_note      VARCHAR(600),
    medical_knowledge      SMALLINT,
    medical_knowledge_note VARCHAR(600),
    communication          SMALLINT,
    communication_note     VARCHAR(600),
    professionalism        SMALLINT,
    professionalism_note   VARCHAR(600),
    practice_learning      SMALLINT,
    practice_learning_note VARCHAR(600),
    overall                VARCHAR(2000) NOT NULL,
    submitted_at           TIMESTAMP     NOT NULL,
    version                BIGINT        NOT NULL,
    CONSTRAINT uq_evaluation UNIQUE (placement_id, staff_member_id)
);
CREATE INDEX ix_evaluation_tenant ON evaluation (tenant_id, placement_id);
-- The reminders of an evaluation not yet sent, one row per placement and supervising attending: how many went out
-- and when the last did (few, within the attending's working hours: the letters' reminder rules). A node claims the
-- row (a lock) before it sends, so a cluster sends each reminder once.
CREATE TABLE evaluation_reminder (
    id              BIGINT      NOT NULL PRIMARY KEY,
    tenant_id       VARCHAR(40) NOT NULL,
    placement_id    BIGINT      NOT NULL REFERENCES placement (id),
    staff_member_id BIGINT      NOT NULL REFERENCES staff_member (id),
    sent            INTEGER     NOT NULL,
    last_sent_at    TIMESTAMP,
    version         BIGINT      NOT NULL,
    CONSTRAINT uq_evaluation_reminder UNIQUE (placement_id, staff_member_id)
);
CREATE INDEX ix_evaluation_reminder_tenant ON evaluation_reminder (tenant_id, placement_id);
