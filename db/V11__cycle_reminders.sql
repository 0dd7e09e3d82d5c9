-- When the reviewer was reminded (three days before the 28th) and when a missing approval was
-- escalated (the 28th arrived without it).
ALTER TABLE period_cycle ADD COLUMN reminded_at DATETIME NULL;
ALTER TABLE period_cycle ADD COLUMN escalated_at DATETIME NULL;
