package org.clientela.service.internal.cases;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.clientela.platform.AuditLog;
import org.clientela.service.CaseArchive;
import org.clientela.service.internal.calendar.BusinessDays;
import org.clientela.service.internal.promises.PromiseLedger;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link CaseArchive}: each past case is replayed on the {@link ServiceCase} aggregate at its own
 * moments (opened, told, resolved), so its status and update cadence come out as a live case's
 * would; its promises are written with their own moments and fates. One audit entry for the lot.
 */
@Component
class CaseArchiveWriter implements CaseArchive {

    private final CaseRepository repository;
    private final Cases cases;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final CaseSettings settings;
    private final Clock clock;

    CaseArchiveWriter(
            CaseRepository repository,
            Cases cases,
            JdbcClient jdbc,
            AuditLog audit,
            CaseSettings settings,
            Clock clock) {
        this.settings = settings;
        this.repository = repository;
        this.cases = cases;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional
    public int bringIn(List<PastCase> past) {
        Instant now = clock.instant();
        BusinessDays days = cases.businessDays();
        for (PastCase p : past) {
            if (p.openedAt().isAfter(now)) {
                throw new IllegalArgumentException("A past case cannot open in the future: " + p.openedAt());
            }
            String reference = cases.nextReference(p.openedAt());
            ServiceCase c = ServiceCase.open(
                    reference,
                    p.customerId().value(),
                    p.type(),
                    Channel.valueOf(p.channel()),
                    p.reason(),
                    Priority.valueOf(p.priority()),
                    p.owner(),
                    p.subject(),
                    p.description(),
                    settings.updateEveryDays(),
                    author(p),
                    p.openedAt(),
                    days);
            String author = author(p);
            if (!p.toldCustomer().isEmpty()) {
                c.start(p.toldCustomer().get(0).at());
            }
            for (Told told : p.toldCustomer()) {
                c.addNote(NoteKind.TOLD_CUSTOMER, told.text(), author, told.at(), days);
            }
            if (p.concessionKind() != null) {
                Instant at = p.resolvedAt() == null ? p.openedAt() : p.resolvedAt();
                c.addConcession(
                        new Concession(
                                ConcessionKind.valueOf(p.concessionKind()), p.concessionAmount(), null, author, at),
                        at);
            }
            if (p.resolvedAt() != null) {
                c.resolve(p.resolution(), p.resolutionExplanation(), settings.minExplanationLength(), p.resolvedAt());
            }
            c.clearDomainEvents(); // history, not news: the replayed resolution is published to nobody
            long caseId = repository.save(c).getId();
            for (PastPromise promise : p.promises()) {
                writePromise(caseId, p.customerId().value(), author, promise, now);
            }
        }
        audit.record(
                "CASES_BROUGHT_IN",
                "service_case",
                null,
                past.size() + " past cases",
                null,
                java.util.Map.of("cases", past.size()),
                past.size());
        return past.size();
    }

    /** Who is written as having done it: the owner, or whoever brings the cases in. */
    private static String author(PastCase p) {
        return p.owner() == null ? AuditLog.currentActor() : p.owner();
    }

    private void writePromise(long caseId, long customerId, String owner, PastPromise p, Instant now) {
        String status = p.keptAt() != null ? "KEPT" : p.dueAt().isAfter(now) ? "PENDING" : "BROKEN";
        jdbc.sql("""
                INSERT INTO service_promise (case_id, customer_id, kind, description, owner_username, status,
                       made_at, due_at, kept_at, broken_at, promised_days, actual_days)
                VALUES (:caseId, :customer, :kind, :description, :owner, :status, :made, :due, :kept, :broken,
                        :promised, :actual)""")
                .param("caseId", caseId)
                .param("customer", customerId)
                .param("kind", p.kind().name())
                .param("description", p.description())
                .param("owner", owner)
                .param("status", status)
                .param("made", Timestamp.from(p.madeAt()))
                .param("due", Timestamp.from(p.dueAt()))
                .param("kept", p.keptAt() == null ? null : Timestamp.from(p.keptAt()))
                .param("broken", "BROKEN".equals(status) ? Timestamp.from(p.dueAt()) : null)
                .param("promised", PromiseLedger.days(p.madeAt(), p.dueAt()))
                .param("actual", p.keptAt() == null ? null : PromiseLedger.days(p.madeAt(), p.keptAt()))
                .update();
    }
}
