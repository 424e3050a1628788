-- Externships a hospital posts, and their rotation periods (tenant-owned: tenant_id is the hospital's alias).

CREATE TABLE externship (
    id                     BIGINT        NOT NULL PRIMARY KEY,
    tenant_id              VARCHAR(40)   NOT NULL,
    title                  VARCHAR(160)  NOT NULL,
    externship_type        VARCHAR(32)   NOT NULL,
    specialty              VARCHAR(32)   NOT NULL,
    clinical_setting       VARCHAR(16)   NOT NULL,
    city                   VARCHAR(80)   NOT NULL,
    state                  VARCHAR(2)    NOT NULL,
    description            VARCHAR(4000) NOT NULL,
    scope                  VARCHAR(2000) NOT NULL,
    duration_weeks         INTEGER       NOT NULL,
    application_deadline   DATE          NOT NULL,
    graduated_within_years INTEGER,
    final_year_accepted    BOOLEAN       NOT NULL,
    step1_required         BOOLEAN       NOT NULL,
    step2ck_required       BOOLEAN       NOT NULL,
    min_step2ck_score      INTEGER,
    step3_required         BOOLEAN       NOT NULL,
    ecfmg_required         BOOLEAN       NOT NULL,
    accepted_visas         VARCHAR(200)  NOT NULL,
    required_documents     VARCHAR(200)  NOT NULL,
    malpractice_provided   BOOLEAN       NOT NULL,
    fee_cents              BIGINT,
    fee_covers             VARCHAR(1000),
    refund_policy          VARCHAR(1000),
    letter_policy          VARCHAR(1000),
    status                 VARCHAR(16)   NOT NULL,
    updated_at             TIMESTAMP     NOT NULL,
    version                BIGINT        NOT NULL,
    CONSTRAINT fk_externship_hospital FOREIGN KEY (tenant_id) REFERENCES hospital (alias)
);
CREATE INDEX ix_externship_tenant ON externship (tenant_id, updated_at);

CREATE TABLE rotation_period (
    id            BIGINT      NOT NULL PRIMARY KEY,
    tenant_id     VARCHAR(40) NOT NULL,
    externship_id BIGINT      NOT NULL,
    start_date    DATE        NOT NULL,
    end_date      DATE        NOT NULL,
    seats         INTEGER     NOT NULL,
    version       BIGINT      NOT NULL,
    CONSTRAINT fk_rotation_period_externship FOREIGN KEY (externship_id) REFERENCES externship (id),
    CONSTRAINT ck_rotation_period_dates CHECK (end_date > start_date),
    CONSTRAINT ck_rotation_period_seats CHECK (seats > 0)
);
CREATE INDEX ix_rotation_period_externship ON rotation_period (externship_id);
