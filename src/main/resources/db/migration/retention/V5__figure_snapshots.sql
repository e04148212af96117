-- Figures over the whole order book (concentration, repeat buying, cohorts) take seconds to
-- minutes at millions of orders; they are kept here for the day and the state of the order book
-- they were computed on, so pages show them at once and every instance shares them.
CREATE TABLE retention_snapshot (
    name         VARCHAR(64)  NOT NULL PRIMARY KEY,
    computed_on  DATE         NOT NULL,
    book_version BIGINT       NOT NULL,
    computed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    body         TEXT         NOT NULL
);
