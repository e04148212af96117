-- The service module's words now all sit under "service."; audit entries written before keep their
-- words as message keys, so they are moved to the new names (the sentence reads the same).
UPDATE audit_entry SET words = REPLACE(words, '"key":"case.', '"key":"service.case.')
 WHERE words LIKE '%"key":"case.%';
UPDATE audit_entry SET words = REPLACE(words, '"key":"investigation.cause.', '"key":"service.investigation.cause.')
 WHERE words LIKE '%"key":"investigation.cause.%';
UPDATE audit_entry SET words = REPLACE(words, '"key":"keep.decision.', '"key":"service.keep.decision.')
 WHERE words LIKE '%"key":"keep.decision.%';
UPDATE audit_entry SET words = REPLACE(words, '"key":"ppromise.kind.', '"key":"service.publicPromise.kind.')
 WHERE words LIKE '%"key":"ppromise.kind.%';
UPDATE audit_entry SET words = REPLACE(words, '"key":"promise.kind.', '"key":"service.promise.kind.')
 WHERE words LIKE '%"key":"promise.kind.%';
