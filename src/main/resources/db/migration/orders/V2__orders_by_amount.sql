-- The order list sorted by amount ("largest orders first") reads this index from one end and
-- stops after a page, instead of sorting every order on each page view.
CREATE INDEX sales_order_amount_idx ON sales_order (total_amount, id);
