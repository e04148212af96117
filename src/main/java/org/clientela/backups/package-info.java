/**
 * Backups: the whole business as one portable archive (a manifest and one logical dump per table),
 * taken while the application keeps working, verified by restoring it into a scratch database, kept
 * daily and weekly, and restored into the running database of either kind, embedded H2 or
 * PostgreSQL, so that a business that started embedded moves to PostgreSQL by backing up on one and
 * restoring on the other. It reads every table through the database's own description of itself, so
 * a new module's tables are carried without a line here.
 */
@ApplicationModule(
        displayName = "Backups",
        allowedDependencies = {"platform"})
package org.clientela.backups;

import org.springframework.modulith.ApplicationModule;
