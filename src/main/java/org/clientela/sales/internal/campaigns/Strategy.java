package org.clientela.sales.internal.campaigns;

/**
 * How a campaign chooses whom to call: top-down asks for the person who holds the budget (the owner
 * of a small company, the CFO of a medium one) after doing the homework on the company; bottom-up
 * calls whoever uses the product (the office manager) and climbs from there.
 */
public enum Strategy {
    TOP_DOWN,
    BOTTOM_UP
}
