-- Finding a customer that may already exist (issue 15, people): the e-mail in lower case and the tax
-- id without spaces, dots or dashes, upper case and without a leading ES, each indexed, so that a
-- new or changed customer is compared with a million others by three index look-ups. The phone is
-- compared by its national digits, indexed since the start.
ALTER TABLE customer ADD COLUMN email_key VARCHAR(320);
ALTER TABLE customer ADD COLUMN tax_key VARCHAR(40);
UPDATE customer SET email_key = LOWER(TRIM(email)) WHERE email IS NOT NULL;
UPDATE customer SET tax_key = UPPER(REPLACE(REPLACE(REPLACE(REPLACE(TRIM(tax_id), ' ', ''), '-', ''), '.', ''), '/', ''))
 WHERE tax_id IS NOT NULL;
UPDATE customer SET tax_key = SUBSTRING(tax_key, 3) WHERE tax_key LIKE 'ES%' AND LENGTH(tax_key) = 11;
CREATE INDEX customer_email_key_idx ON customer (email_key);
CREATE INDEX customer_tax_key_idx ON customer (tax_key);
