-- The retention module's words now all sit under "retention."; audit entries written before keep
-- their words as message keys, so they are moved to the new names (the sentence reads the same).
UPDATE audit_entry SET words = REPLACE(words, '"key":"segment.', '"key":"retention.segment.')
 WHERE words LIKE '%"key":"segment.%';
