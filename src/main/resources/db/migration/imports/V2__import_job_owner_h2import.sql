-- Which running instance an import belongs to: it refreshes heartbeat_at of its own jobs while it
-- lives, so that a job whose instance died (kill -9, power cut) is marked INTERRUPTED instead of
-- staying RUNNING for ever.
ALTER TABLE import_job ADD COLUMN owner VARCHAR(64);
