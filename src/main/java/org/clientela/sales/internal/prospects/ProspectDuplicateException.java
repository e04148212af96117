package org.clientela.sales.internal.prospects;

import org.clientela.platform.StateConflict;

/** A prospect refused because it is already a customer or on the list, when the caller asked for strictness. */
public class ProspectDuplicateException extends StateConflict {

    private final DuplicateOf duplicate;

    public ProspectDuplicateException(DuplicateOf duplicate) {
        super(
                "Prospect duplicates " + duplicate.type() + " " + duplicate.id(),
                null,
                null,
                "prospect-duplicate",
                duplicate.type() == DuplicateOf.Type.CUSTOMER
                        ? "sales.prospect.duplicate.customer"
                        : "sales.prospect.duplicate.prospect");
        this.duplicate = duplicate;
    }

    public DuplicateOf duplicate() {
        return duplicate;
    }

    @Override
    public Object[] messageArgs() {
        return new Object[] {duplicate.name(), duplicate.number() == null ? "" : duplicate.number()};
    }
}
