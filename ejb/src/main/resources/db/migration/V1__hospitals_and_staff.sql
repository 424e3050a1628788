-- Foundation: hospitals (the tenants) and their staff directories.
-- Written for both H2 (MODE=PostgreSQL) and PostgreSQL.

CREATE SEQUENCE portal_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE hospital (
    id              BIGINT       NOT NULL PRIMARY KEY,
    alias           VARCHAR(40)  NOT NULL,
    name            VARCHAR(160) NOT NULL,
    hospital_type   VARCHAR(32)  NOT NULL,
    city            VARCHAR(80)  NOT NULL,
    state           VARCHAR(2)   NOT NULL,
    email_domain    VARCHAR(120) NOT NULL,
    keycloak_org_id VARCHAR(64),
    created_at      TIMESTAMP    NOT NULL,
    version         BIGINT       NOT NULL,
    CONSTRAINT uq_hospital_alias UNIQUE (alias)
);

CREATE TABLE staff_member (
    id               BIGINT       NOT NULL PRIMARY KEY,
    tenant_id        VARCHAR(40)  NOT NULL,
    keycloak_user_id VARCHAR(64)  NOT NULL,
    full_name        VARCHAR(160) NOT NULL,
    email            VARCHAR(254) NOT NULL,
    staff_role       VARCHAR(16)  NOT NULL,
    title            VARCHAR(80),
    specialty        VARCHAR(80),
    last_sign_in_at  TIMESTAMP,
    version          BIGINT       NOT NULL,
    CONSTRAINT fk_staff_member_hospital FOREIGN KEY (tenant_id) REFERENCES hospital (alias),
    CONSTRAINT uq_staff_member_user UNIQUE (tenant_id, keycloak_user_id)
);
