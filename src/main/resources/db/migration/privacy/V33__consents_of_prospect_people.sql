-- The people at a prospect (sales' sales_prospect_contact) have consents of their own, as a
-- customer's contact people do: a fourth kind of person, PROSPECT_CONTACT, longer than the eight
-- characters V30 gave the kind.
--
-- prospect_id names the prospect the person is or is at (a prospect's own lines, and its people's),
-- as customer_id names the customer, so that the prospect's export carries its people's consents,
-- even of a person removed since, and a won prospect's lines all move to its customer at once.

ALTER TABLE privacy_consent_event ALTER COLUMN person_kind SET DATA TYPE VARCHAR(16);
ALTER TABLE privacy_consent_current ALTER COLUMN person_kind SET DATA TYPE VARCHAR(16);
ALTER TABLE privacy_consent_event DROP CONSTRAINT privacy_consent_event_kind_ck;
ALTER TABLE privacy_consent_event ADD CONSTRAINT privacy_consent_event_kind_ck
    CHECK (person_kind IN ('CUSTOMER', 'CONTACT', 'PROSPECT', 'PROSPECT_CONTACT'));

ALTER TABLE privacy_consent_event ADD COLUMN prospect_id BIGINT;
UPDATE privacy_consent_event SET prospect_id = person_id WHERE person_kind = 'PROSPECT';
ALTER TABLE privacy_consent_event ADD CONSTRAINT privacy_consent_event_prospect_ck
    CHECK ((person_kind <> 'PROSPECT' OR (prospect_id IS NOT NULL AND prospect_id = person_id))
       AND (person_kind <> 'PROSPECT_CONTACT' OR prospect_id IS NOT NULL));
CREATE INDEX privacy_consent_event_prospect_idx ON privacy_consent_event (prospect_id, id);
