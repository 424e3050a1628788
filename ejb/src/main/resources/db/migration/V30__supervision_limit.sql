-- The rotation calendar (issue 10): how many externs one attending may supervise at once (placements whose dates
-- overlap), as the hospital's coordinator sets it. Empty: no limit. The calendar refuses a move or a choice of
-- attendings that would pass it.
ALTER TABLE hospital ADD COLUMN max_externs_per_attending INT;
