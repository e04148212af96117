-- The customer list sorts by its columns (issue 15). Name and number have their indexes already;
-- these let a page sorted by city or by status, in either direction, read one index range and
-- stop after the page. The status one also serves "status = X sorted by name", the list's
-- filter, without sorting every customer of that status.
CREATE INDEX customer_city_sort_idx ON customer (city, sort_name, id);
CREATE INDEX customer_status_sort_idx ON customer (lifecycle_status, sort_name, id);
