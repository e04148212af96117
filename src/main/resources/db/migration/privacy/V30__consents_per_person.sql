-- Consent per person, not only per customer: a customer, one of a customer's contact people
-- (customers' contact table) or a prospect (sales_prospect). A person is named by its kind and its id
-- in that kind's table; every record made before this script is a customer's and stays one.
--
-- customer_id stays on the history as the customer the person is or belongs to (the customer itself,
-- a contact's customer, the customer a prospect became), so that a customer's export carries the
-- consents of their contact people too; NULL for a prospect that is not a customer.

ALTER TABLE privacy_consent_event ADD COLUMN person_kind VARCHAR(8) DEFAULT 'CUSTOMER' NOT NULL;
ALTER TABLE privacy_consent_event ADD COLUMN person_id BIGINT;
UPDATE privacy_consent_event SET person_id = customer_id;
ALTER TABLE privacy_consent_event ALTER COLUMN person_id SET NOT NULL;
ALTER TABLE privacy_consent_event ALTER COLUMN person_kind DROP DEFAULT;
ALTER TABLE privacy_consent_event ALTER COLUMN customer_id DROP NOT NULL;
ALTER TABLE privacy_consent_event ADD CONSTRAINT privacy_consent_event_kind_ck
    CHECK (person_kind IN ('CUSTOMER', 'CONTACT', 'PROSPECT'));
ALTER TABLE privacy_consent_event ADD CONSTRAINT privacy_consent_event_customer_ck
    CHECK (person_kind <> 'CUSTOMER' OR (customer_id IS NOT NULL AND customer_id = person_id));
CREATE INDEX privacy_consent_event_person_idx ON privacy_consent_event (person_kind, person_id, id);

-- The current state, keyed by the person: asking "may we?" stays one primary-key read. Rebuilt
-- rather than altered, since its old primary key has no name both databases share.
CREATE TABLE privacy_consent_current_by_person (
    person_kind VARCHAR(8)  NOT NULL,
    person_id   BIGINT      NOT NULL,
    channel     VARCHAR(16) NOT NULL,
    purpose     VARCHAR(16) NOT NULL,
    status      VARCHAR(16) NOT NULL,
    event_id    BIGINT      NOT NULL REFERENCES privacy_consent_event (id),
    CONSTRAINT privacy_consent_current_pk PRIMARY KEY (person_kind, person_id, channel, purpose)
);
INSERT INTO privacy_consent_current_by_person (person_kind, person_id, channel, purpose, status, event_id)
SELECT 'CUSTOMER', customer_id, channel, purpose, status, event_id FROM privacy_consent_current;
DROP TABLE privacy_consent_current;
ALTER TABLE privacy_consent_current_by_person RENAME TO privacy_consent_current;
CREATE INDEX privacy_consent_current_event_idx ON privacy_consent_current (event_id);
