/**
 * Platform: users, roles and sign-in, the audit log, languages and the page shell that every
 * business module builds on. Types in this package are the module's API; sub-packages are its own.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.clientela.platform;
