-- "My day": my open cases whose customer is owed news, soonest first (CaseQueries.updatesDue). The
-- index on (owner, status, next_update_due_at) answers it only by reading every open case of the
-- owner due before tomorrow and sorting them (two statuses, so no single ordered range): 2,000 rows
-- for one person at 500,000 cases. Resolved and closed cases have no next_update_due_at, so this
-- index walks one owner's due moments in order and stops after the first 20 open ones.
CREATE INDEX service_case_owner_next_update_idx ON service_case (owner_username, next_update_due_at, id);
