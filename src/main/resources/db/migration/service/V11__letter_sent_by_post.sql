-- Issue 15, letters: a letter goes out by e-mail or by post. Printing an approved letter is sending it
-- by post, once: the print whose conditional UPDATE (WHERE status = 'APPROVED') moves the letter to
-- SENT records who printed it; every later print is a copy. Both channels say who sent it.
ALTER TABLE service_letter ADD COLUMN sent_channel VARCHAR(8);
ALTER TABLE service_letter ADD COLUMN sent_by VARCHAR(64);
UPDATE service_letter SET sent_channel = 'EMAIL' WHERE status = 'SENT';
ALTER TABLE service_letter ADD CONSTRAINT service_letter_channel_ck CHECK (sent_channel IN ('EMAIL', 'POST'));
