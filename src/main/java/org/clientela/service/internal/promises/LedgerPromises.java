package org.clientela.service.internal.promises;

import java.time.Instant;
import java.util.List;
import org.clientela.customers.CustomerDirectory;
import org.clientela.platform.AuditLog;
import org.clientela.platform.InputError;
import org.clientela.platform.InvalidInputException;
import org.clientela.service.PromiseKind;
import org.clientela.service.PromiseParty;
import org.clientela.service.Promises;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The ledger as other modules reach it: promises to customers or to parties they keep. */
@Service
class LedgerPromises implements Promises {

    private final PromiseLedger ledger;
    private final CustomerDirectory directory;
    private final JdbcClient jdbc;
    private final AuditLog audit;

    LedgerPromises(PromiseLedger ledger, CustomerDirectory directory, JdbcClient jdbc, AuditLog audit) {
        this.ledger = ledger;
        this.directory = directory;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Override
    @Transactional
    public long make(PromiseParty party, PromiseKind kind, Instant dueAt, String description, String owner) {
        if (party == null) {
            throw new InvalidInputException(InputError.field("party", "service.value.required"));
        }
        if (party.isCustomer()) {
            return ledger.make(null, party.customerId().value(), kind, dueAt, description, owner)
                    .id();
        }
        return ledger.make(null, party, kind, dueAt, description, owner).id();
    }

    @Override
    public void keep(long id) {
        ledger.keep(id);
    }

    @Override
    public long forget(PromiseParty party, String marker, boolean dryRun) {
        String where = " WHERE customer_id IS NULL AND party_module = :module AND party_id = :party"
                + " AND (description IS NOT NULL OR party_name IS NULL OR party_name <> :marker)";
        var statement = jdbc.sql(
                        dryRun
                                ? "SELECT COUNT(*) FROM service_promise" + where
                                : "UPDATE service_promise SET description = NULL, party_name = :marker" + where)
                .param("module", party.module())
                .param("party", party.externalId())
                .param("marker", marker);
        return dryRun ? statement.query(Long.class).single() : statement.update();
    }

    /**
     * Deletes the party's pending promises: a withdrawn promise was neither kept nor broken, so it
     * must not weigh in the kept and broken rates as either. The audit log keeps that it existed.
     */
    @Override
    @Transactional
    public int cancelFor(PromiseParty party) {
        String where = party.isCustomer()
                ? "customer_id = :customer"
                : "customer_id IS NULL AND party_module = :module AND party_id = :party";
        List<Promise> pending = jdbc.sql(
                        "SELECT " + PromiseList.COLUMNS + " FROM service_promise WHERE status = 'PENDING' AND " + where)
                .param("customer", party.isCustomer() ? party.customerId().value() : null, java.sql.Types.BIGINT)
                .param("module", party.module())
                .param("party", party.externalId())
                .query(PromiseList.ROW)
                .list();
        int withdrawn = 0;
        for (Promise p : pending) {
            int deleted = jdbc.sql("DELETE FROM service_promise WHERE id = :id AND status = 'PENDING'")
                    .param("id", p.id())
                    .update();
            if (deleted == 1) {
                withdrawn++;
                audit.record(
                        "PROMISE_WITHDRAWN",
                        "service_promise",
                        p.id(),
                        p.kind() + " withdrawn",
                        null,
                        null,
                        AuditLog.word("service.promise.kind." + p.kind()));
            }
        }
        return withdrawn;
    }
}
