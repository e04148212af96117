-- RFM frequency counts purchase days (several orders on one day are one purchase), as the
-- customer-base model does; the segment row keeps that count next to the orders, so the customer
-- page can say "5 orders on 1 day" beside a frequency score of 1. Empty for rows written before
-- this column: the next run (nightly or on demand) fills every row.
ALTER TABLE retention_customer_segment ADD COLUMN purchase_days INTEGER;
