-- The reports' funnel (report.control.ReportReader, STEPS): the steps a hospital's applications reached, per period,
-- read from indexes alone: the applications of the range's periods, then each one's steps. Before, every step was
-- read from the table's rows (on the benchmark's data 6 to 16 ms of the reports page's 9 statements; now 2 to 5 ms).

CREATE INDEX ix_application_tenant_period ON application (tenant_id, period_id, id);
CREATE INDEX ix_application_event_steps ON application_event (application_id, status, tenant_id);
