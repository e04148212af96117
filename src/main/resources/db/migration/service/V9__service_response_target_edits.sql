-- Response-time targets are edited on a page by managers: each row carries a version (a save made
-- against an older one is refused, not overwritten) and who changed it last, and when.
ALTER TABLE service_response_target ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE service_response_target ADD COLUMN updated_by VARCHAR(64);
ALTER TABLE service_response_target ADD COLUMN updated_at TIMESTAMP WITH TIME ZONE;
