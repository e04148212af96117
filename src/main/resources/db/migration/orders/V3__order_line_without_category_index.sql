-- No query looks order lines up by category alone: every read of order_line goes through its
-- order (order_line_pk, whose first column is order_id) or reads the whole table (category
-- pairs, the export). The category index was only written, on every line of every import.
DROP INDEX order_line_category_idx;
