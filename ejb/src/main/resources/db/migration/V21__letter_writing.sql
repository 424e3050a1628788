-- Letters (issue 11): the letter an attending writes in the portal instead of uploading one. One draft per request,
-- saved as the attending goes (its text, and the letterhead's address and phone and the title it is signed with), so
-- no work is lost; "create the letter" renders it to a PDF that becomes the request's next letter_version, exactly
-- like an upload. rendered_version is the version the draft was last rendered to (and rendered_on its date);
-- changed_since_rendered says the draft holds changes that no version has yet. The hospital's staff's only: a
-- student never reads a draft (V21_1 on PostgreSQL).
CREATE TABLE letter_draft (
    request_id              BIGINT         NOT NULL PRIMARY KEY REFERENCES letter_request (id),
    tenant_id               VARCHAR(40)    NOT NULL,
    body                    VARCHAR(20000) NOT NULL,
    letterhead_address      VARCHAR(300),
    letterhead_phone        VARCHAR(40),
    signer_title            VARCHAR(160),
    author_subject          VARCHAR(64)    NOT NULL,
    saved_at                TIMESTAMP      NOT NULL,
    rendered_version        INT,
    rendered_on             DATE,
    changed_since_rendered  BOOLEAN        NOT NULL,
    version                 BIGINT         NOT NULL
);
