-- Letters (issue 11): the packet a request carries to make writing easy: the specialties the student applies to,
-- their personal statement draft or career goals, and the learning-log entries of the placement they highlight
-- (their ids, at most ten, comma-separated: the entries stay the student's, read where they are).
ALTER TABLE letter_request ADD COLUMN target_specialties VARCHAR(300);
ALTER TABLE letter_request ADD COLUMN goals VARCHAR(4000);
ALTER TABLE letter_request ADD COLUMN highlighted_entries VARCHAR(400);
