package org.clientela.platform;

/**
 * What a person may do in Clientela. Authorities carry the {@code ROLE_} prefix.
 */
public enum Role {
    /** Everything, including users, the audit log and wiping the demo. */
    ADMIN,
    /** Runs the business: all customer and order data, imports, reports. */
    MANAGER,
    /** Sells: customers and their purchases. */
    SALES,
    /** Serves: customers, cases and promises. */
    SERVICE,
    /** Reads, never writes. */
    VIEWER;

    public String authority() {
        return "ROLE_" + name();
    }
}
