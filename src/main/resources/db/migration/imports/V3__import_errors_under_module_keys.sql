-- The orders and customers modules' words now sit under "orders." and "customers."; a failed import
-- keeps its row problems as message keys, so those written before are moved to the new names.
UPDATE import_job SET errors = REPLACE(errors, '"key":"import.order.', '"key":"orders.import.')
 WHERE errors LIKE '%"key":"import.order.%';
UPDATE import_job SET errors = REPLACE(errors, '"key":"import.customer.', '"key":"customers.import.')
 WHERE errors LIKE '%"key":"import.customer.%';
