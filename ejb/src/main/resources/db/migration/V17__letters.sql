-- Letters (issue 11): the letter an attending writes for a request, version by version (a new version replaces the
-- one before until the letter is delivered; every version stays in the history), its PDF in a table of its own so
-- that lists never load content, and the trail of every access to a letter's content: who, when, which letter and
-- version, from where, and whether it was refused. The trail is append-only (V17_1 enforces it on PostgreSQL).
-- Letters are the hospital's (tenant_id): a student reaches their content only through the boundary's rules.
CREATE TABLE letter_version (
    id              BIGINT       NOT NULL PRIMARY KEY,
    request_id      BIGINT       NOT NULL REFERENCES letter_request (id),
    tenant_id       VARCHAR(40)  NOT NULL,
    version_no      INT          NOT NULL,
    file_name       VARCHAR(120) NOT NULL,
    size_bytes      INT          NOT NULL,
    pages           INT          NOT NULL,
    sha256          VARCHAR(64)  NOT NULL,
    author_subject  VARCHAR(64)  NOT NULL,
    created_at      TIMESTAMP    NOT NULL,
    version         BIGINT       NOT NULL,
    CONSTRAINT uq_letter_version UNIQUE (request_id, version_no)
);
CREATE TABLE letter_content (
    version_id  BIGINT      NOT NULL PRIMARY KEY REFERENCES letter_version (id),
    request_id  BIGINT      NOT NULL REFERENCES letter_request (id),
    tenant_id   VARCHAR(40) NOT NULL,
    content     BYTEA       NOT NULL,
    version     BIGINT      NOT NULL
);
CREATE TABLE letter_access (
    id              BIGINT       NOT NULL PRIMARY KEY,
    tenant_id       VARCHAR(40),
    request_id      BIGINT       NOT NULL,
    version_no      INT,
    actor_subject   VARCHAR(64)  NOT NULL,
    actor_name      VARCHAR(160) NOT NULL,
    actor_role      VARCHAR(20)  NOT NULL,
    action          VARCHAR(20)  NOT NULL,
    allowed         BOOLEAN      NOT NULL,
    address         VARCHAR(64),
    accessed_at     TIMESTAMP    NOT NULL
);
CREATE INDEX ix_letter_access_hospital ON letter_access (tenant_id, accessed_at);
ALTER TABLE letter_request ADD COLUMN written_at TIMESTAMP;
ALTER TABLE letter_request ADD COLUMN completed_at TIMESTAMP;
