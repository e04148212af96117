-- The team a person works in (shop, office, field sales…), for figures per person and team. One or none.
ALTER TABLE app_user ADD COLUMN team VARCHAR(64);
