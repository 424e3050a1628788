-- Onboarding compliance (issue 10): what a hospital requires before a student's first day (immunisations with titers,
-- BLS, a background check, ...), for all its externships or one, and the checklist of each placement: one item per
-- requirement, handed in by the student (a file, or a document of their clinical passport, copied so the evidence
-- stays what the coordinator checked) and verified or rejected with a reason by a coordinator.
-- A requirement removed is retired (retired_at), never deleted: what students handed in for it stays on record.
CREATE TABLE compliance_requirement (
    id             BIGINT       NOT NULL PRIMARY KEY,
    tenant_id      VARCHAR(40)  NOT NULL,
    name           VARCHAR(120) NOT NULL,
    kind           VARCHAR(24)  NOT NULL,
    externship_id  BIGINT       REFERENCES externship (id),
    expires        BOOLEAN      NOT NULL,
    valid_months   INTEGER,
    document_type  VARCHAR(32),
    created_at     TIMESTAMP    NOT NULL,
    retired_at     TIMESTAMP,
    version        BIGINT       NOT NULL,
    CONSTRAINT ck_compliance_requirement_months CHECK (valid_months IS NULL OR (valid_months BETWEEN 1 AND 120))
);
CREATE INDEX ix_compliance_requirement_tenant ON compliance_requirement (tenant_id, retired_at);
-- One placement's item for one requirement: the student's (student_subject) in the placement's hospital (tenant_id),
-- walled by V32_1 on PostgreSQL. warned_at claims the expiry warning, so a cluster sends it once.
CREATE TABLE compliance_item (
    id                   BIGINT       NOT NULL PRIMARY KEY,
    tenant_id            VARCHAR(40)  NOT NULL,
    placement_id         BIGINT       NOT NULL REFERENCES placement (id),
    requirement_id       BIGINT       NOT NULL REFERENCES compliance_requirement (id),
    student_subject      VARCHAR(64)  NOT NULL,
    status               VARCHAR(12)  NOT NULL,
    passport_document_id BIGINT,
    storage_key          VARCHAR(32),
    file_name            VARCHAR(120),
    content_type         VARCHAR(40),
    size_bytes           BIGINT,
    sha256               VARCHAR(64),
    expires_on           DATE,
    submitted_at         TIMESTAMP,
    rejection_reason     VARCHAR(500),
    checked_by           VARCHAR(160),
    checked_at           TIMESTAMP,
    warned_at            TIMESTAMP,
    version              BIGINT       NOT NULL,
    CONSTRAINT uq_compliance_item UNIQUE (placement_id, requirement_id)
);
CREATE INDEX ix_compliance_item_tenant ON compliance_item (tenant_id, placement_id);
CREATE INDEX ix_compliance_item_expiry ON compliance_item (tenant_id, expires_on);
