-- The coordinator's program (issue 10): a placement's progress. The coordinator marks it started when the extern
-- arrives (not before its first day; onboarding compliance may refuse) and completed from its final week; the
-- certificate is issued at completion. Both moments and who marked them are kept.
ALTER TABLE placement ADD COLUMN started_at TIMESTAMP;
ALTER TABLE placement ADD COLUMN started_by VARCHAR(160);
ALTER TABLE placement ADD COLUMN completed_at TIMESTAMP;
ALTER TABLE placement ADD COLUMN completed_by VARCHAR(160);
