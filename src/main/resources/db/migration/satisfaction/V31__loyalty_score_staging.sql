-- Where a tier recomputation writes this run's values before it brings satisfaction_loyalty_score
-- up to date with them (only the changed rows updated, the new inserted, the gone deleted). Deleting
-- and refilling the score table itself in one transaction made every insert check its key against
-- the row deleted just before: 53 s of the run at a million members. Empty between runs.
CREATE TABLE satisfaction_loyalty_score_next (
    program_id     BIGINT         NOT NULL,
    customer_id    BIGINT         NOT NULL,
    score          NUMERIC(16, 2) NOT NULL,
    qualified_rank SMALLINT
);
CREATE INDEX satisfaction_loyalty_score_next_idx ON satisfaction_loyalty_score_next (program_id, customer_id);
