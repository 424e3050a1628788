-- Reports (issue 10): every report starts from the hospital's rotation periods that start in a range. On the benchmark
-- data (periods over fifteen months) the planner serves the reports from the tenant indexes of application, placement
-- and externship; this index lets it start from the periods in the range instead once a hospital has years of them,
-- so a report reads the range's rows, not the hospital's whole history.
CREATE INDEX ix_rotation_period_tenant_start ON rotation_period (tenant_id, start_date);
