-- The audit screen pages the whole log newest first (an administrator's default view): without an
-- index on the time, every page sorted the table.
CREATE INDEX ix_audit_time ON audit_log (done_at, id);
