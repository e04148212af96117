-- Steps and minutes per day, seller, campaign and kind: what the time figures add up, a year being
-- at most 366 x sellers x campaigns x kinds rows instead of every step. Kept by every write of
-- sales_activity (the activity log's upsert, the history loader's sums, the eraser).
-- on_day (DAY is a keyword of H2) is the step's day in the business's time zone; campaign_id 0 is "no campaign" (a key column
-- cannot be NULL, and 0 is never an identity value).
CREATE TABLE sales_activity_day (
    on_day          DATE        NOT NULL,
    seller_username VARCHAR(64) NOT NULL,
    campaign_id     BIGINT      NOT NULL DEFAULT 0,
    kind            VARCHAR(12) NOT NULL,
    steps           BIGINT      NOT NULL,
    minutes         BIGINT      NOT NULL,
    PRIMARY KEY (on_day, seller_username, campaign_id, kind)
);
CREATE INDEX sales_activity_day_seller_idx ON sales_activity_day (seller_username, on_day);

-- The steps already logged, by their day in UTC: a migration cannot read the business's time zone
-- setting (another module's table), so a step logged in the hours between UTC midnight and local
-- midnight counts on the day beside it until ActivityDays.rebuild() is run in the business's zone.
INSERT INTO sales_activity_day (on_day, seller_username, campaign_id, kind, steps, minutes)
SELECT CAST(TO_CHAR(at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS DATE), seller_username, COALESCE(campaign_id, 0), kind,
       COUNT(*), SUM(COALESCE(minutes, 0))
  FROM sales_activity
 GROUP BY CAST(TO_CHAR(at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS DATE), seller_username, COALESCE(campaign_id, 0), kind;
