-- A letter is sent exactly once: the request that moves it from APPROVED to SENDING with a
-- conditional UPDATE (WHERE status = 'APPROVED') is the only one that hands it to the SMTP server.
-- It then becomes SENT, or APPROVED again with last_send_error when the server refused it.
ALTER TABLE service_letter DROP CONSTRAINT service_letter_status_ck;
ALTER TABLE service_letter ADD CONSTRAINT service_letter_status_ck
    CHECK (status IN ('DRAFT', 'APPROVED', 'SENDING', 'SENT'));
-- When the sending request claimed it (NULL unless SENDING).
ALTER TABLE service_letter ADD COLUMN sending_since TIMESTAMP WITH TIME ZONE;
