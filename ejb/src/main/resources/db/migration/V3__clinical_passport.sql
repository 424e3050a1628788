-- The student's clinical passport: one profile per student and the current file of each document kind.
-- Not tenant-owned: a passport belongs to a student (the Keycloak subject), who applies to many hospitals.
-- The files themselves live outside the database, in the documents folder of portal.data.dir (named by storage_key).

CREATE TABLE clinical_passport (
    id                 BIGINT       NOT NULL PRIMARY KEY,
    student_subject    VARCHAR(64)  NOT NULL,
    medical_school     VARCHAR(200) NOT NULL,
    school_country     VARCHAR(80)  NOT NULL,
    graduation_year    INTEGER      NOT NULL,
    final_year_student BOOLEAN      NOT NULL,
    step1              VARCHAR(16)  NOT NULL,
    step2ck            VARCHAR(16)  NOT NULL,
    step2ck_score      INTEGER,
    step3              VARCHAR(16)  NOT NULL,
    ecfmg_status       VARCHAR(16)  NOT NULL,
    visa_status        VARCHAR(24)  NOT NULL,
    specialties        VARCHAR(400) NOT NULL,
    updated_at         TIMESTAMP    NOT NULL,
    version            BIGINT       NOT NULL,
    CONSTRAINT uq_clinical_passport_student UNIQUE (student_subject),
    CONSTRAINT ck_clinical_passport_score CHECK (step2ck_score IS NULL OR (step2ck_score BETWEEN 1 AND 300))
);

CREATE TABLE passport_document (
    id              BIGINT       NOT NULL PRIMARY KEY,
    student_subject VARCHAR(64)  NOT NULL,
    document_kind   VARCHAR(32)  NOT NULL,
    storage_key     VARCHAR(32)  NOT NULL,
    file_name       VARCHAR(120) NOT NULL,
    content_type    VARCHAR(40)  NOT NULL,
    size_bytes      BIGINT       NOT NULL,
    sha256          VARCHAR(64)  NOT NULL,
    expires_on      DATE,
    uploaded_at     TIMESTAMP    NOT NULL,
    version         BIGINT       NOT NULL,
    CONSTRAINT uq_passport_document_kind UNIQUE (student_subject, document_kind),
    CONSTRAINT uq_passport_document_key UNIQUE (storage_key),
    CONSTRAINT ck_passport_document_size CHECK (size_bytes > 0)
);
