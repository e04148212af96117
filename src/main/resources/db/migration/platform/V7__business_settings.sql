-- Settings an admin changes on the settings page (/settings). A setting without a row has the
-- value of application.properties; a row overrides it for every instance sharing this database.
CREATE TABLE business_setting (
    setting_key   VARCHAR(100) PRIMARY KEY,
    setting_value VARCHAR(2000) NOT NULL,
    changed_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_by    VARCHAR(64) NOT NULL
);

-- One row, raised by every saved change: an admin who saves over a version someone else has
-- already changed is refused (nothing is overwritten silently), and every instance knows with one
-- primary-key read whether its copy of the settings is still current.
CREATE TABLE business_settings_version (
    id      INT PRIMARY KEY,
    version BIGINT NOT NULL
);
INSERT INTO business_settings_version (id, version) VALUES (1, 0);
