-- Letters (issue 11): the hospital's letterhead, as its coordinator sets it once for every letter its attendings
-- write in the portal: the address printed under the hospital's name (a department, the street, the city), the main
-- phone, and the logo. The logo is kept as the portal re-encoded it (a PNG of bounded size, nothing of the uploaded
-- file's own), in the database so that every node of a cluster prints the same. One per hospital.
CREATE TABLE letterhead (
    id          BIGINT       NOT NULL PRIMARY KEY,
    tenant_id   VARCHAR(40)  NOT NULL,
    address     VARCHAR(300),
    phone       VARCHAR(40),
    logo        BYTEA,
    updated_at  TIMESTAMP    NOT NULL,
    version     BIGINT       NOT NULL,
    CONSTRAINT uq_letterhead_hospital UNIQUE (tenant_id)
);
