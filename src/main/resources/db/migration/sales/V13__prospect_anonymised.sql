-- A prospect who never became a customer can be erased on their own (issue 19): the moment their
-- words were replaced by the marker, so a second erasure is refused and the pages know the name is
-- the marker. NULL for every prospect not erased.
ALTER TABLE sales_prospect ADD COLUMN anonymised_at TIMESTAMP WITH TIME ZONE;
