-- The customers module's words now all sit under "customers."; audit entries written before keep
-- their words as message keys, so they are moved to the new names (the sentence reads the same).
UPDATE audit_entry SET words = REPLACE(words, '"key":"customer.status.', '"key":"customers.status.')
 WHERE words LIKE '%"key":"customer.status.%';
