-- H2's half of db/postgresql/sales/V16 (see platform.migrations.ModuleMigrations): H2 compares the
-- search terms by their characters already, so there is nothing to change. The number is kept so that
-- both databases stand at the same version of sales, which a backup records and a restore compares.
SELECT 1;
