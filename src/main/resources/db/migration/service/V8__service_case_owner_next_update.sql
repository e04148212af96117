-- "My day": my open cases whose customer is owed news, soonest first (CaseQueries.updatesDue). The
-- index on (owner, status, next_update_due_at) answered it only by reading every open case of the
-- owner due before tomorrow and sorting them (two statuses, so no single ordered range): 1,700 rows
-- and 21-34 ms for one person at 500,000 cases. Resolved and closed cases have no
-- next_update_due_at, so an index on (owner, next_update_due_at) walks one owner's due moments in
-- order and stops after the first 20 open ones (0.4 ms). It replaces the old one, which PostgreSQL
-- kept choosing on its row estimate; the case list's "owner + update overdue" filter uses the new
-- one as well.
DROP INDEX service_case_owner_due_idx;
CREATE INDEX service_case_owner_next_update_idx ON service_case (owner_username, next_update_due_at, id);
