-- A pending promise whose owner was deactivated waits, unassigned, for someone to take it up (issue 15, people).
ALTER TABLE service_promise ALTER COLUMN owner_username DROP NOT NULL;
