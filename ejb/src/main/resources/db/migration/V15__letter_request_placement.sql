-- Letters (issue 11): the placement a request is about, as it was when the student asked (the externship's title and
-- the placement's dates), so that the attending and the student read it on the request whoever has since changed
-- the placement. Empty for requests made before this column existed.
ALTER TABLE letter_request ADD COLUMN externship_title VARCHAR(160);
ALTER TABLE letter_request ADD COLUMN placement_start DATE;
ALTER TABLE letter_request ADD COLUMN placement_end DATE;
