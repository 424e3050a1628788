-- The coordinator's program (issue 10), certificates: issued when a placement is completed, with its facts as printed
-- (the student, the hospital, the externship, the dates, the confirmed hours, the supervising attendings) and a seal,
-- a keyed hash (HMAC-SHA256) over them, so the public verification page confirms a certificate is genuine and
-- unchanged. A revoked certificate keeps its facts and says so. The student's (student_subject) and the hospital's
-- (tenant_id); anyone may verify one by its code: V28_1 walls them on PostgreSQL.
CREATE TABLE certificate (
    id               BIGINT        NOT NULL PRIMARY KEY,
    tenant_id        VARCHAR(40)   NOT NULL,
    placement_id     BIGINT        NOT NULL REFERENCES placement (id),
    student_subject  VARCHAR(64)   NOT NULL,
    code             VARCHAR(16)   NOT NULL,
    student_name     VARCHAR(160)  NOT NULL,
    hospital_name    VARCHAR(160)  NOT NULL,
    externship_title VARCHAR(160)  NOT NULL,
    kind             VARCHAR(160)  NOT NULL,
    start_date       DATE          NOT NULL,
    end_date         DATE          NOT NULL,
    confirmed_hours  NUMERIC(7, 2) NOT NULL,
    attendings       VARCHAR(500)  NOT NULL,
    issued_at        TIMESTAMP     NOT NULL,
    seal             VARCHAR(64)   NOT NULL,
    revoked_at       TIMESTAMP,
    revoked_by       VARCHAR(160),
    revoke_reason    VARCHAR(500),
    version          BIGINT        NOT NULL,
    CONSTRAINT uq_certificate_placement UNIQUE (placement_id),
    CONSTRAINT uq_certificate_code UNIQUE (code)
);
-- The portal's own keys (the certificates' seal key), made once by the first node that needs one and read by every
-- node: platform data, no tenant, never shown.
CREATE TABLE portal_key (
    name       VARCHAR(40)  NOT NULL PRIMARY KEY,
    secret     VARCHAR(100) NOT NULL,
    created_at TIMESTAMP    NOT NULL
);
