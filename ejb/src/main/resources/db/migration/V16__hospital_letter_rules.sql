-- Letters (issue 11): each hospital sets when its students may ask an attending for a letter (from so many days
-- before a placement's last day until so many months after it) and the least notice a request leaves the attending
-- (in weeks). The defaults are the etiquette DOMAIN.md describes: the final week, a year, four weeks.
ALTER TABLE hospital ADD COLUMN letter_opens_days INT DEFAULT 7 NOT NULL;
ALTER TABLE hospital ADD COLUMN letter_closes_months INT DEFAULT 12 NOT NULL;
ALTER TABLE hospital ADD COLUMN letter_notice_weeks INT DEFAULT 4 NOT NULL;
