/**
 * Orders: products, categories, orders and their lines (what, how many, how much), channel and
 * point of sale — the purchase history every retention figure is built on.
 */
@ApplicationModule(displayName = "Orders", allowedDependencies = { "customers", "platform" })
package org.clientela.orders;

import org.springframework.modulith.ApplicationModule;
