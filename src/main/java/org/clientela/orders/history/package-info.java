/**
 * Each customer's purchases summed up per customer: how they buy (their {@link Rhythm}), their
 * buying history for the customer-base models, their rank among all buyers, and what given
 * customers bought in a period. Read through {@link CustomerPurchases}, streamed over the whole
 * base or asked for one customer or a few.
 */
@org.springframework.modulith.NamedInterface("history")
package org.clientela.orders.history;
