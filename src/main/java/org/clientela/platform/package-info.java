/**
 * Platform: users, roles and sign-in, the audit log, languages and the page shell that every
 * business module builds on. Types in this package are the module's API; sub-packages are its own.
 */
@ApplicationModule(
        displayName = "Platform",
        allowedDependencies = {})
package org.clientela.platform;

import org.springframework.modulith.ApplicationModule;
