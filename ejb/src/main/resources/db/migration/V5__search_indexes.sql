-- The public externship search (listing.control.ExternshipCatalog): published, open externships and the rotation
-- periods still ahead of them.

CREATE INDEX ix_externship_public ON externship (status, application_deadline);
CREATE INDEX ix_rotation_period_start ON rotation_period (externship_id, start_date);
