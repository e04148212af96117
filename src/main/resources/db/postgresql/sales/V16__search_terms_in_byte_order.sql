-- PostgreSQL only (db/postgresql/<module>: see platform.migrations.ModuleMigrations); H2 runs db/h2/sales/V16, which changes nothing.
-- A search term is a lower-case [a-z0-9] word found by a range (term >= 'abc' AND term < 'abd'), and
-- byte order ranks such words as the search's upper bound expects, whatever collation the database
-- was made with. Under "C" PostgreSQL sorts them by memcmp with abbreviated keys instead of the
-- collation's rules: a first load builds the key (term, prospect_id) in about half the time, and the
-- (prospect_id, term) index finds its rows in the order the import sorted them in (figures in
-- docs/benchmarks.md). Rebuilds the table's key and index.
ALTER TABLE sales_prospect_search_term ALTER COLUMN term TYPE VARCHAR(40) COLLATE "C";
