-- A password set by an administrator is only for the next sign-in: the person must choose their own
-- before anything else (issue 15, people).
ALTER TABLE app_user ADD COLUMN must_change_password BOOLEAN NOT NULL DEFAULT FALSE;
