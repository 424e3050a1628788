-- The words the public search's free text looks in (title, description, city), in lower case, kept on the
-- externship by every save (Externship.searchTextOf), so one column can be indexed for "contains" searches
-- (a trigram index on PostgreSQL: db/vendor/postgresql/V7_1).

ALTER TABLE externship ADD COLUMN search_text VARCHAR(4242);

UPDATE externship SET search_text = LOWER(title || ' ' || description || ' ' || city);
