-- Applications for a rotation period, their timeline, placements and the in-portal notifications.
-- application, application_event, placement and placement_attending are tenant-owned (tenant_id: the hospital).
-- An application keeps what the student applied to (title, hospital, dates) as it was then.

CREATE TABLE application (
    id               BIGINT        NOT NULL PRIMARY KEY,
    tenant_id        VARCHAR(40)   NOT NULL,
    externship_id    BIGINT        NOT NULL,
    period_id        BIGINT        NOT NULL,
    student_subject  VARCHAR(64)   NOT NULL,
    student_name     VARCHAR(160)  NOT NULL,
    student_email    VARCHAR(254)  NOT NULL,
    externship_title VARCHAR(160)  NOT NULL,
    hospital_name    VARCHAR(160)  NOT NULL,
    start_date       DATE          NOT NULL,
    end_date         DATE          NOT NULL,
    statement        VARCHAR(2000) NOT NULL,
    status           VARCHAR(16)   NOT NULL,
    offer_expires_at TIMESTAMP,
    submitted_at     TIMESTAMP,
    updated_at       TIMESTAMP     NOT NULL,
    version          BIGINT        NOT NULL,
    CONSTRAINT fk_application_hospital FOREIGN KEY (tenant_id) REFERENCES hospital (alias),
    CONSTRAINT fk_application_externship FOREIGN KEY (externship_id) REFERENCES externship (id),
    CONSTRAINT fk_application_period FOREIGN KEY (period_id) REFERENCES rotation_period (id),
    CONSTRAINT uq_application_student UNIQUE (externship_id, student_subject)
);
CREATE INDEX ix_application_queue ON application (tenant_id, status, updated_at);
CREATE INDEX ix_application_student ON application (student_subject, updated_at);
CREATE INDEX ix_application_period ON application (period_id, status);

CREATE TABLE application_event (
    id             BIGINT       NOT NULL PRIMARY KEY,
    tenant_id      VARCHAR(40)  NOT NULL,
    application_id BIGINT       NOT NULL,
    status         VARCHAR(16)  NOT NULL,
    actor          VARCHAR(16)  NOT NULL,
    actor_name     VARCHAR(160),
    note           VARCHAR(500),
    occurred_at    TIMESTAMP    NOT NULL,
    version        BIGINT       NOT NULL,
    CONSTRAINT fk_application_event_application FOREIGN KEY (application_id) REFERENCES application (id)
);
CREATE INDEX ix_application_event_application ON application_event (application_id, occurred_at);

CREATE TABLE placement (
    id               BIGINT       NOT NULL PRIMARY KEY,
    tenant_id        VARCHAR(40)  NOT NULL,
    application_id   BIGINT       NOT NULL,
    period_id        BIGINT       NOT NULL,
    student_subject  VARCHAR(64)  NOT NULL,
    student_name     VARCHAR(160) NOT NULL,
    externship_title VARCHAR(160) NOT NULL,
    start_date       DATE         NOT NULL,
    end_date         DATE         NOT NULL,
    created_at       TIMESTAMP    NOT NULL,
    version          BIGINT       NOT NULL,
    CONSTRAINT fk_placement_application FOREIGN KEY (application_id) REFERENCES application (id),
    CONSTRAINT fk_placement_period FOREIGN KEY (period_id) REFERENCES rotation_period (id),
    CONSTRAINT uq_placement_application UNIQUE (application_id)
);
CREATE INDEX ix_placement_tenant ON placement (tenant_id, start_date);
CREATE INDEX ix_placement_student ON placement (student_subject);

CREATE TABLE placement_attending (
    placement_id    BIGINT NOT NULL,
    staff_member_id BIGINT NOT NULL,
    PRIMARY KEY (placement_id, staff_member_id),
    CONSTRAINT fk_placement_attending_placement FOREIGN KEY (placement_id) REFERENCES placement (id),
    CONSTRAINT fk_placement_attending_staff FOREIGN KEY (staff_member_id) REFERENCES staff_member (id)
);

-- One row per recipient: a student (recipient_subject) or all coordinators of a hospital (hospital_alias).
CREATE TABLE notification (
    id                BIGINT       NOT NULL PRIMARY KEY,
    audience          VARCHAR(16)  NOT NULL,
    recipient_subject VARCHAR(64),
    hospital_alias    VARCHAR(40),
    application_id    BIGINT       NOT NULL,
    status            VARCHAR(16)  NOT NULL,
    externship_title  VARCHAR(160) NOT NULL,
    student_name      VARCHAR(160) NOT NULL,
    hospital_name     VARCHAR(160) NOT NULL,
    created_at        TIMESTAMP    NOT NULL,
    read_at           TIMESTAMP
);
CREATE INDEX ix_notification_student ON notification (recipient_subject, created_at);
CREATE INDEX ix_notification_hospital ON notification (hospital_alias, created_at);
