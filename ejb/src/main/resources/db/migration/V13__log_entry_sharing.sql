-- The learning log (issue 12): a student may let the coordinators of a placement's hospital read an entry (its
-- latest version); otherwise they see counts only. Row-level security already lets the hospital's staff read the
-- entries of its placements (V11_1): the boundary narrows a coordinator to the shared ones.
ALTER TABLE log_entry ADD COLUMN shared_at TIMESTAMP;
CREATE INDEX ix_log_entry_shared ON log_entry (placement_id, shared_at);
