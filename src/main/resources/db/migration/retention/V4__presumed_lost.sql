-- Presumed-lost candidates (R3): customers the customer-base model gives a low probability of
-- still being active, refreshed as a whole by a nightly run (or on request), so the register page
-- pages through them by index instead of scoring every customer on each view.
CREATE TABLE retention_presumed_lost (
    customer_id       BIGINT           NOT NULL PRIMARY KEY REFERENCES customer (id) ON DELETE CASCADE,
    probability_alive DOUBLE PRECISION NOT NULL,
    purchase_days     INTEGER          NOT NULL,
    last_purchase     DATE             NOT NULL,
    computed_on       DATE             NOT NULL
);
CREATE INDEX retention_presumed_lost_probability_idx ON retention_presumed_lost (probability_alive, customer_id);
