-- Coverage under the plan's target when the data were finalised opens a warning for the commune
-- leader, who acknowledges it with a reason (kept for the report).
ALTER TABLE period_cycle ADD COLUMN coverage_warning BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE period_cycle ADD COLUMN coverage_reason TEXT NULL;
ALTER TABLE period_cycle ADD COLUMN coverage_acknowledged_by VARCHAR(50) NULL;
