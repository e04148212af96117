package org.clientela.sales.internal.prospects;

/**
 * Who asks, as sales sees them: a seller sees and changes only their own prospects; managers and
 * admins see and change everyone's; viewers read everyone's.
 */
public record SalesUser(String username, boolean seesAll, boolean writes, boolean manages) {

    /** Whether this person may see a prospect owned by {@code owner}. */
    public boolean sees(String owner) {
        return seesAll || username.equals(owner);
    }
}
