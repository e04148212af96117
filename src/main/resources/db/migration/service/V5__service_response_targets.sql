-- S2 Response times: per case type and priority, the business hours within which the customer must
-- hear from us first and the case must be resolved. Opening hours and holidays are settings.
CREATE TABLE service_response_target (
    case_type            VARCHAR(16) NOT NULL,
    priority             VARCHAR(10) NOT NULL,
    first_response_hours INTEGER     NOT NULL,
    resolution_hours     INTEGER     NOT NULL,
    CONSTRAINT service_response_target_pk PRIMARY KEY (case_type, priority)
);
INSERT INTO service_response_target (case_type, priority, first_response_hours, resolution_hours) VALUES
    ('COMPLAINT', 'URGENT', 1, 8),   ('COMPLAINT', 'HIGH', 2, 16),  ('COMPLAINT', 'NORMAL', 4, 27),  ('COMPLAINT', 'LOW', 8, 45),
    ('QUESTION',  'URGENT', 2, 9),   ('QUESTION',  'HIGH', 4, 18),  ('QUESTION',  'NORMAL', 8, 27),  ('QUESTION',  'LOW', 16, 45),
    ('REQUEST',   'URGENT', 2, 18),  ('REQUEST',   'HIGH', 4, 27),  ('REQUEST',   'NORMAL', 8, 45),  ('REQUEST',   'LOW', 16, 90);
