package org.clientela.service;

import java.time.Instant;

/**
 * The promise ledger as other modules use it: a promise made by one of their people ("te llamo el
 * jueves") enters the ledger, shows in its owner's day and in the lists, and breaks like any other
 * when its moment passes unkept. The party may be a customer or someone who is not a customer yet.
 */
public interface Promises {

    /**
     * Records a pending promise to {@code party}, due at {@code dueAt}, owned by {@code owner} (an
     * active user; null: whoever makes it); returns its id. Bad input is an
     * {@link org.clientela.platform.InvalidInputException} naming the field.
     */
    long make(PromiseParty party, PromiseKind kind, Instant dueAt, String description, String owner);

    /** Marks a pending promise kept; refused (409) when it is no longer pending. */
    void keep(long id);

    /**
     * Withdraws the pending promises made to {@code party} (the prospect was won, lost or erased):
     * they leave the ledger's pending list without counting as kept or broken. Returns how many.
     */
    int cancelFor(PromiseParty party);

    /**
     * Forgets, in the caller's transaction, the words of every promise made to {@code party}, a party
     * who is not a customer and asked to be erased: the description goes and {@code marker} stands for
     * the name; kinds, statuses and moments stay, so the ledger's counts do not move. Only counts when
     * {@code dryRun}. Returns how many promises (would) change.
     */
    long forget(PromiseParty party, String marker, boolean dryRun);
}
