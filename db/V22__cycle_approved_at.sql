-- When the leader approved a cycle's publication: a publication is late when the approval came after
-- 08:00 on the 28th, or when it ran later than a grace after that (server down), not when it merely
-- waited in the job queue behind thousands of others (B9, issue 21).
ALTER TABLE period_cycle ADD COLUMN approved_at DATETIME NULL;
