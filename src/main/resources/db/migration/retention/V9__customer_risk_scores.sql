-- The radar's ranking (issue 14): every customer with a purchase on or before the run's as-of day,
-- scored by the risk of not buying again in the coming period. One row per customer, the newest
-- run's; a run replaces the rows of the previous one. The bulk export, the "también en riesgo"
-- list and the choice of whom to call read it.
CREATE TABLE retention_customer_score (
    customer_id        BIGINT           NOT NULL PRIMARY KEY,
    run_id             BIGINT           NOT NULL,
    as_of              DATE             NOT NULL,
    -- Days with at least one order, on or before as_of, and days from the last of them to as_of.
    purchase_days      INTEGER          NOT NULL,
    days_since_last    INTEGER          NOT NULL,
    -- Estimated probability (0..1) of no purchase in the coming period; higher = more at risk.
    risk_score         DOUBLE PRECISION NOT NULL,
    -- 1 = the customer most at risk of the whole base.
    risk_rank          BIGINT           NOT NULL,
    -- What the customer spent in the 365 days up to their last purchase, and risk_score times that:
    -- whom to call first.
    year_spend         NUMERIC(14, 2)   NOT NULL,
    money_at_risk      NUMERIC(14, 2)   NOT NULL,
    -- From the newest customer-base model, when one was fitted (else NULL).
    p_alive            DOUBLE PRECISION,
    expected_purchases DOUBLE PRECISION,
    expected_value     NUMERIC(14, 2),
    -- The codes of the radar signals that fired for the customer in this run, comma-separated
    -- (SignalKind names), or '' when none did.
    signals            VARCHAR(200)     NOT NULL
);
-- A radar run on PostgreSQL drops and rebuilds these indexes around its COPY (RiskScores): keep the
-- names and change them there too.
CREATE INDEX retention_customer_score_rank_idx ON retention_customer_score (risk_rank);
CREATE INDEX retention_customer_score_money_idx ON retention_customer_score (money_at_risk);

-- How the run ranked and how well that ranking did on the business's own past (a backtest: history up
-- to as_of minus the horizon, outcome in the horizon that followed). Area under the ROC curve, 0.5 =
-- no better than chance.
ALTER TABLE retention_radar_run ADD COLUMN ranking_method VARCHAR(20);
ALTER TABLE retention_radar_run ADD COLUMN horizon_days INTEGER;
ALTER TABLE retention_radar_run ADD COLUMN backtest_customers BIGINT;
ALTER TABLE retention_radar_run ADD COLUMN backtest_auc DOUBLE PRECISION;
ALTER TABLE retention_radar_run ADD COLUMN backtest_auc_recency DOUBLE PRECISION;
ALTER TABLE retention_radar_run ADD COLUMN backtest_auc_model DOUBLE PRECISION;
ALTER TABLE retention_radar_run ADD COLUMN backtest_top_share DOUBLE PRECISION;
ALTER TABLE retention_radar_run ADD COLUMN backtest_base_share DOUBLE PRECISION;
