-- When a customer was anonymised (the privacy module's erasure); NULL for everyone else. Their name
-- column holds the neutral marker the searches find («Cliente anonimizado <id>»), and pages and the
-- API show the name in the reader's language (customers.anonymised.name) from this column.
ALTER TABLE customer ADD COLUMN anonymised_at TIMESTAMP WITH TIME ZONE;

-- Customers anonymised before this column: their name is exactly the marker with their own id.
UPDATE customer SET anonymised_at = updated_at
 WHERE name = CONCAT('Cliente anonimizado ', CAST(id AS VARCHAR(20)));
