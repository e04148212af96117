-- Search from anywhere: a customer's name finds their latest letters with one index range,
-- however many letters the business has written.
CREATE INDEX service_letter_customer_idx ON service_letter (customer_id, id);
