package org.clientela.orders;

/** Removes every order with its lines, and the products and categories, for starting afresh. */
public interface OrderEraser {

    /** Erases all orders, lines, products and categories in the caller's transaction; returns the orders. */
    long eraseAll();
}
