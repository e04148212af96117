-- The survey figures read counts kept on write instead of counting the ledger: per day (in the
-- business's time zone), per split (OWNER, CASE_TYPE or MODE) and the group of that split, how many
-- customer surveys went out and how they were answered. Every split of a day sums to the same
-- totals, so the figures add up whichever way they are cut; a year is some thousands of rows
-- whatever the number of answers. Kept by SurveyCounts in the transaction that writes the survey.
-- on_day (DAY is a keyword of H2); group_key '' when the survey has no owner or no case type (a key
-- column cannot be NULL).
CREATE TABLE satisfaction_survey_count (
    split      VARCHAR(10) NOT NULL,
    on_day     DATE        NOT NULL,
    group_key  VARCHAR(64) NOT NULL,
    -- Surveys that went out (skips are not counted), and of them the answered.
    sent       BIGINT      NOT NULL,
    answered   BIGINT      NOT NULL,
    -- NPS answers: 9-10, 7-8, 0-6.
    promoters  BIGINT      NOT NULL,
    passives   BIGINT      NOT NULL,
    detractors BIGINT      NOT NULL,
    -- CSAT answers: of 4-5, and all.
    satisfied  BIGINT      NOT NULL,
    csat_n     BIGINT      NOT NULL,
    CONSTRAINT satisfaction_survey_count_pk PRIMARY KEY (split, on_day, group_key),
    CONSTRAINT satisfaction_survey_count_split_ck CHECK (split IN ('OWNER', 'CASE_TYPE', 'MODE'))
);

-- The time zone the days above are cut in. When the business's time zone is another (it was
-- changed, or this migration could not know it), the next reading of the figures counts the
-- ledger again in the business's zone (SurveyCounts.rebuild).
CREATE TABLE satisfaction_survey_count_zone (
    id   INTEGER     PRIMARY KEY,
    zone VARCHAR(64) NOT NULL,
    CONSTRAINT satisfaction_survey_count_zone_one_ck CHECK (id = 1)
);

-- The surveys already in the ledger, by their day in UTC: a migration cannot read the business's
-- time zone setting (another module's table); the figures recount them once in the right zone.
INSERT INTO satisfaction_survey_count_zone (id, zone) VALUES (1, 'UTC');

INSERT INTO satisfaction_survey_count (split, on_day, group_key, sent, answered, promoters, passives, detractors,
                                       satisfied, csat_n)
SELECT split, on_day, group_key, COUNT(*),
       SUM(CASE WHEN answered THEN 1 ELSE 0 END),
       SUM(CASE WHEN answered AND kind = 'NPS' AND score >= 9 THEN 1 ELSE 0 END),
       SUM(CASE WHEN answered AND kind = 'NPS' AND score BETWEEN 7 AND 8 THEN 1 ELSE 0 END),
       SUM(CASE WHEN answered AND kind = 'NPS' AND score <= 6 THEN 1 ELSE 0 END),
       SUM(CASE WHEN answered AND kind = 'CSAT' AND score >= 4 THEN 1 ELSE 0 END),
       SUM(CASE WHEN answered AND kind = 'CSAT' THEN 1 ELSE 0 END)
  FROM (SELECT s.split,
               CAST(TO_CHAR(v.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS DATE) AS on_day,
               CASE s.split WHEN 'OWNER' THEN COALESCE(v.owner_user, '')
                            WHEN 'CASE_TYPE' THEN COALESCE(v.case_type, '')
                            ELSE v.mode END AS group_key,
               v.kind, v.score,
               (v.status = 'ANSWERED' AND v.score IS NOT NULL) AS answered
          FROM satisfaction_survey v
          CROSS JOIN (SELECT 'OWNER' AS split UNION ALL SELECT 'CASE_TYPE' UNION ALL SELECT 'MODE') s
         WHERE v.status <> 'SKIPPED' AND v.customer_id IS NOT NULL) c
 GROUP BY split, on_day, group_key;
