/**
 * Orders: products, categories, orders and their lines (what, how many, how much), channel and
 * point of sale — the purchase history every retention figure is built on.
 *
 * <p>Other modules reach it through three doors: this package for loading and erasing the order
 * book ({@link org.clientela.orders.OrderImporter}, {@link org.clientela.orders.OrderEraser}),
 * {@code orders :: history} for each customer's purchases summed per customer, and
 * {@code orders :: figures} for figures over the whole book. Both answer synchronously, in SQL over
 * the module's own tables: the answers are sums over millions of order lines, computed where the
 * lines are rather than copied into the asking module.
 */
@ApplicationModule(
        displayName = "Orders",
        allowedDependencies = {"customers", "platform"})
package org.clientela.orders;

import org.springframework.modulith.ApplicationModule;
