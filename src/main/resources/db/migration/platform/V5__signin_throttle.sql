-- Sign-in throttling (issue 13, part "signin"): growing locks per user name (app_user) and per client
-- address (sign_in_address). A lock that has run out counts from zero again.

-- Locks in a row (each one longer, up to a cap) and the last wrong password, for the user name.
ALTER TABLE app_user ADD COLUMN lock_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE app_user ADD COLUMN last_failed_at TIMESTAMP WITH TIME ZONE;

-- Failed sign-ins from one client address, whatever user names they tried (known or not).
CREATE TABLE sign_in_address (
    address         VARCHAR(100) PRIMARY KEY,
    failed_attempts INTEGER NOT NULL DEFAULT 0,
    lock_count      INTEGER NOT NULL DEFAULT 0,
    locked_until    TIMESTAMP WITH TIME ZONE,
    last_failed_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX sign_in_address_last_failed_idx ON sign_in_address (last_failed_at);
