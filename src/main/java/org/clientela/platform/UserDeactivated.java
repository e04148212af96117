package org.clientela.platform;

/**
 * An administrator deactivated a person: they can no longer sign in, and the open work they owned
 * (customers, cases, promises, calls) is left unassigned by the module that holds it, for someone
 * else to take up.
 *
 * @param username who was deactivated
 */
public record UserDeactivated(String username) {}
