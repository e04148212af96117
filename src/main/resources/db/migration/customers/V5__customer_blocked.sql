-- A customer blocked under LOPDGDD art. 32 (the privacy module's erasure): their data stays, kept
-- only for legal claims, and they leave every list and search the customers module draws. NULL for
-- everyone else. Indexed so the few blocked ids are found without reading the whole table.
ALTER TABLE customer ADD COLUMN blocked_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX customer_blocked_idx ON customer (blocked_at);
