/**
 * Customers: companies and people, their contacts, owner, tags and lifecycle status, the instant
 * search that finds them by number, phone, e-mail or name, and the customer 360 page.
 */
@ApplicationModule(
        displayName = "Customers",
        allowedDependencies = {"platform"})
package org.clientela.customers;

import org.springframework.modulith.ApplicationModule;
