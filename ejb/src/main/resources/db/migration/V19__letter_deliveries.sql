-- Letters (issue 11): where a complete letter goes. The student assigns it to the programs they apply to: through the
-- residency application service (ERAS, with the letter id of the service's letter request form, which the writer
-- needs to upload it there) or by a download link to one named recipient, which the writer sends and which expires
-- (14 days, 3 downloads). Only a hash of the link's secret is kept: the secret travels in the recipient's e-mail alone.
CREATE TABLE letter_delivery (
    id               BIGINT       NOT NULL PRIMARY KEY,
    request_id       BIGINT       NOT NULL REFERENCES letter_request (id),
    tenant_id        VARCHAR(40)  NOT NULL,
    student_subject  VARCHAR(64)  NOT NULL,
    kind             VARCHAR(10)  NOT NULL,
    program          VARCHAR(160) NOT NULL,
    eras_letter_id   VARCHAR(30),
    recipient_name   VARCHAR(160),
    recipient_email  VARCHAR(254),
    status           VARCHAR(20)  NOT NULL,
    assigned_at      TIMESTAMP    NOT NULL,
    delivered_at     TIMESTAMP,
    link_hash        VARCHAR(64),
    link_expires_at  TIMESTAMP,
    downloads        INT          NOT NULL,
    most_downloads   INT          NOT NULL,
    version          BIGINT       NOT NULL,
    CONSTRAINT uq_letter_delivery_link UNIQUE (link_hash)
);
CREATE INDEX ix_letter_delivery_request ON letter_delivery (request_id);
