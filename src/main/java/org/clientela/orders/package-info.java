/**
 * Orders: products, categories, orders and their lines (what, how many, how much), channel and
 * point of sale — the purchase history every retention figure is built on.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Orders")
package org.clientela.orders;
