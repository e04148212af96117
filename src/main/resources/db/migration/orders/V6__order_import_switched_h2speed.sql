-- Issue 13 (h2speed): how many parts of an order import on H2 have been switched in, committed with
-- each part, so that a switch stopped by a crash resumes at the next start from the first part not
-- yet switched.
ALTER TABLE order_import ADD COLUMN switched INTEGER NOT NULL DEFAULT 0;
