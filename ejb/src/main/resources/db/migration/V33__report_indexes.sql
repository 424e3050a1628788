-- Reports (issue 10): the hospital's rotation periods starting in a range are where every report begins; until now
-- a period was found only through its externship.
CREATE INDEX ix_rotation_period_tenant_start ON rotation_period (tenant_id, start_date);
