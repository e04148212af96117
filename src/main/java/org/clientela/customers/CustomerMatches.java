package org.clientela.customers;

import java.util.List;

/**
 * The customers another module's record may be: the same tax id, e-mail or phone, however each is
 * written. Sales asks before it adds a prospect, so that a seller does not cold-call a customer.
 */
public interface CustomerMatches {

    /**
     * The customers sharing the tax id, the e-mail (whatever its case) or the phone (with or without
     * the country code, spaces or dashes) given, oldest first, at most a few; any of the three may
     * be {@code null}.
     */
    List<Match> matching(String taxId, String email, String phone);

    /**
     * For many records at once (a list being imported): the oldest customer each of {@code records}
     * may be, as {@link #matching} would answer first, at the same index; {@code null} where none.
     * One statement for the whole list, however long (an import asks once for every row of its
     * file), instead of three per record.
     */
    List<Match> firstMatches(List<Keys> records);

    /** The tax id, e-mail and phone of one record, as typed; any may be {@code null}. */
    record Keys(String taxId, String email, String phone) {}

    /** A customer that may be the same one. */
    record Match(CustomerId id, String customerNumber, String name) {}
}
