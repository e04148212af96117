-- A promise may be made about someone who is not a customer yet (a prospect another module keeps):
-- then it names that party by its module and id, with the name and page to show, and no customer.
ALTER TABLE service_promise ALTER COLUMN customer_id DROP NOT NULL;
ALTER TABLE service_promise ADD COLUMN party_module VARCHAR(32);
ALTER TABLE service_promise ADD COLUMN party_id VARCHAR(64);
ALTER TABLE service_promise ADD COLUMN party_name VARCHAR(200);
ALTER TABLE service_promise ADD COLUMN party_link VARCHAR(300);
CREATE INDEX service_promise_party_idx ON service_promise (party_module, party_id);
