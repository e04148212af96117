/**
 * Customers: companies and people, their contacts, owner, tags and lifecycle status, the instant
 * search that finds them by number, phone, e-mail or name, and the customer 360 page.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Customers")
package org.clientela.customers;
