-- The first and last start of an externship's rotation periods, kept on the externship by every save (Externship),
-- so the public search filters ("a period ahead") and sorts ("next start") on one table, through an index,
-- instead of grouping every open externship's periods for each page.

ALTER TABLE externship ADD COLUMN first_start DATE;
ALTER TABLE externship ADD COLUMN last_start DATE;

UPDATE externship SET
    first_start = (SELECT MIN(p.start_date) FROM rotation_period p WHERE p.externship_id = externship.id),
    last_start = (SELECT MAX(p.start_date) FROM rotation_period p WHERE p.externship_id = externship.id);

CREATE INDEX ix_externship_search_start ON externship (status, first_start, id);
CREATE INDEX ix_externship_search_last ON externship (status, last_start);
