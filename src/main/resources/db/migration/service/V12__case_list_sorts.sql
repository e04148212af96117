-- The case list sorts by its columns (issue 15). Opened, status, owner and reference have their
-- indexes; "update due" over every case (no status filter) had none and sorted all the cases on
-- each page view. Resolved cases have no due moment and come last ascending, first descending.
CREATE INDEX service_case_update_due_idx ON service_case (next_update_due_at, id);
