-- The home page's radar card (issue 15): the calls made this week and last, by the moment they were
-- recorded, without reading every call ever made.
CREATE INDEX retention_call_task_closed_idx ON retention_call_task (status, closed_at);
