-- The event publication registry of Spring Modulith: an event a listener in another module has not
-- finished handling stays here (completion_date NULL) and is handed to it again, so nothing is lost.
CREATE TABLE event_publication (
    id                     UUID NOT NULL PRIMARY KEY,
    listener_id            VARCHAR(512) NOT NULL,
    event_type             VARCHAR(512) NOT NULL,
    serialized_event       VARCHAR(100000) NOT NULL,
    publication_date       TIMESTAMP WITH TIME ZONE NOT NULL,
    completion_date        TIMESTAMP WITH TIME ZONE,
    status                 VARCHAR(20),
    completion_attempts    INTEGER,
    last_resubmission_date TIMESTAMP WITH TIME ZONE
);
CREATE INDEX event_publication_by_listener_idx ON event_publication (listener_id);
CREATE INDEX event_publication_by_completion_date_idx ON event_publication (completion_date);

-- Scheduled work that must run on one instance at a time: the instance that holds a row whose
-- held_until lies in the future does the work; the others skip it.
CREATE TABLE exclusive_run (
    run_name    VARCHAR(100) NOT NULL PRIMARY KEY,
    held_until  TIMESTAMP WITH TIME ZONE NOT NULL,
    held_by     VARCHAR(200) NOT NULL,
    started_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
