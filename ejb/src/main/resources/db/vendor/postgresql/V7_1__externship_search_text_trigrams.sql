-- PostgreSQL only: a trigram index, so "title, description or city contains ..." (LIKE '%...%') reads the index
-- instead of every open externship. pg_trgm ships with PostgreSQL and is a trusted extension (PostgreSQL 13+): the
-- database's owner may create it. Wherever it is installed, its operator class is named with its schema.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

DO $$
DECLARE
    trgm_schema TEXT;
BEGIN
    SELECT n.nspname INTO trgm_schema
    FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
    WHERE e.extname = 'pg_trgm';
    EXECUTE format('CREATE INDEX ix_externship_search_text ON externship USING gin (search_text %I.gin_trgm_ops)',
                   trgm_schema);
END
$$;
