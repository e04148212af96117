-- S11 Prevent complaints: the day an order reached the customer, when the business records it
-- (optional: orders collected in the shop have none). The service module measures the delivery
-- time it promises publicly against order_date -> delivered_on.
ALTER TABLE sales_order ADD COLUMN delivered_on DATE;

-- The delivery figures count a window of orders per (order date, delivery date) from this index
-- alone. It serves every lookup by order date as well, so it replaces sales_order_date_idx: the
-- import keeps maintaining the same number of indexes.
CREATE INDEX sales_order_date_delivered_idx ON sales_order (order_date, delivered_on);
DROP INDEX sales_order_date_idx;
