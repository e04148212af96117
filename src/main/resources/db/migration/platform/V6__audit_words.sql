-- The audit log in plain words: each entry keeps the words of its sentence (the customer's name, the
-- file's original name, a reason as a message key) as a JSON array, so the page says
-- "Ana marcó como perdido a Ferretería López: ya no compensa" in the reader's language.
-- Older entries have none and show their action's name and their summary.
ALTER TABLE audit_entry ADD COLUMN words TEXT;

-- The page filters by who and by what, newest first, over a log that grows large.
CREATE INDEX audit_entry_actor_idx ON audit_entry (actor, occurred_at);
CREATE INDEX audit_entry_action_idx ON audit_entry (action, occurred_at);
