-- Asking customers: the fatigue cap's one row per customer, the customers who asked not to be
-- contacted, and the call-backs that close the loop with an unhappy customer.

-- When each customer was last asked (any kind, any mode) and last asked for NPS. A request takes
-- the customer's row with a guarded UPDATE (last_asked_at older than the cap), so two requests at
-- the same moment, on one instance or two, cannot both ask.
CREATE TABLE satisfaction_respondent (
    customer_id   BIGINT PRIMARY KEY,
    last_asked_at TIMESTAMP WITH TIME ZONE NOT NULL,
    last_nps_at   TIMESTAMP WITH TIME ZONE
);

-- A customer's withdrawal of contact: PHONE (no calls, said on a follow-up call) or ALL.
CREATE TABLE satisfaction_contact_stop (
    customer_id BIGINT      NOT NULL,
    channel     VARCHAR(8)  NOT NULL,
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by VARCHAR(64) NOT NULL,
    CONSTRAINT satisfaction_contact_stop_pk PRIMARY KEY (customer_id, channel),
    CONSTRAINT satisfaction_contact_stop_channel_ck CHECK (channel IN ('PHONE', 'ALL'))
);

-- The call-back promised to an unhappy customer, one per answer: the primary key is what makes
-- the loop close exactly once when two instances (or a retry) hear the same answer.
CREATE TABLE satisfaction_call_back (
    survey_id   BIGINT PRIMARY KEY REFERENCES satisfaction_survey (id) ON DELETE CASCADE,
    customer_id BIGINT      NOT NULL,
    promise_id  BIGINT,
    owner_user  VARCHAR(64),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX satisfaction_call_back_customer_idx ON satisfaction_call_back (customer_id);

-- The figures count the surveys of a period by kind, status, score and one breakdown: from this
-- index alone, without reading the rows (comments are long).
CREATE INDEX satisfaction_survey_figures_idx
    ON satisfaction_survey (created_at, kind, status, score, mode, owner_user, case_type, customer_id);
