-- The model check on any dates (issue 14): the day of the business's newest order when the check
-- ran, so a check whose holdout ends after it can say that the days after it hold no purchases.
-- Empty for the checks kept before.
ALTER TABLE retention_model_check ADD COLUMN last_order DATE;
