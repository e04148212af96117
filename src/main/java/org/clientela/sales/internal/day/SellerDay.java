package org.clientela.sales.internal.day;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.clientela.platform.BusinessSettings;
import org.clientela.sales.internal.callbacks.CallBacks;
import org.clientela.sales.internal.prospects.Research;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A seller's day: the appointments agreed for today and the call-backs due by tonight (overdue
 * ones first), a handful of their own prospects ready for a first call — research complete in a
 * top-down approach, any in a bottom-up one — and the call-backs promised for later days.
 */
@Service
public class SellerDay {

    /** A handful: more than this is a list, not a day. */
    public static final int READY_TO_CALL = 5;
    /** The most call-backs shown; a seller with more is behind, and the ledger lists them all. */
    public static final int CALL_BACKS = 50;

    private final CallBacks callBacks;
    private final JdbcClient jdbc;
    private final BusinessSettings settings;
    private final Clock clock;

    SellerDay(CallBacks callBacks, JdbcClient jdbc, BusinessSettings settings, Clock clock) {
        this.callBacks = callBacks;
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
    }

    /** An appointment agreed with a prospect. */
    public record Appointment(long prospectId, String prospectName, Instant at) {}

    /** A prospect nobody has called yet, ready for its first call. */
    public record ReadyToCall(long prospectId, String name, String phone, String strategy) {}

    /** The day of one seller. */
    public record Day(
            Instant now,
            List<Appointment> appointments,
            List<CallBacks.CallBack> callBacksDue,
            List<ReadyToCall> readyToCall,
            List<CallBacks.CallBack> callBacksLater) {

        public boolean empty() {
            return appointments.isEmpty()
                    && callBacksDue.isEmpty()
                    && readyToCall.isEmpty()
                    && callBacksLater.isEmpty();
        }
    }

    @Transactional(readOnly = true)
    public Day of(String seller) {
        Instant now = clock.instant();
        ZoneId zone = settings.timeZone();
        LocalDate today = LocalDate.ofInstant(now, zone);
        Instant start = today.atStartOfDay(zone).toInstant();
        Instant end = today.plusDays(1).atStartOfDay(zone).toInstant();
        List<CallBacks.CallBack> pending = callBacks.pendingFor(seller, CALL_BACKS);
        return new Day(
                now,
                appointments(seller, start, end),
                pending.stream().filter(c -> c.dueAt().isBefore(end)).toList(),
                readyToCall(seller),
                pending.stream().filter(c -> !c.dueAt().isBefore(end)).toList());
    }

    private List<Appointment> appointments(String seller, Instant start, Instant end) {
        return jdbc.sql("""
                        SELECT a.prospect_id, p.name, a.appointment_at
                          FROM sales_activity a JOIN sales_prospect p ON p.id = a.prospect_id
                         WHERE a.kind = 'APPOINTMENT' AND a.appointment_at >= :start AND a.appointment_at < :end
                           AND (p.owner_username = :seller OR a.seller_username = :seller) AND p.outcome IS NULL
                         ORDER BY a.appointment_at, a.id""")
                .param("start", Timestamp.from(start))
                .param("end", Timestamp.from(end))
                .param("seller", seller)
                .query((rs, n) -> new Appointment(
                        rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant()))
                .list();
    }

    /**
     * Never called, not decided, no call-back pending (those are listed already); the most
     * researched first, then the oldest. A prospect without a campaign is approached top-down.
     */
    private List<ReadyToCall> readyToCall(String seller) {
        return jdbc.sql("""
                        SELECT p.id, p.name, p.phone, COALESCE(c.strategy, 'TOP_DOWN') AS strategy
                          FROM sales_prospect p LEFT JOIN sales_campaign c ON c.id = p.campaign_id
                         WHERE p.owner_username = :seller AND p.outcome IS NULL AND p.first_call_at IS NULL
                           AND (c.strategy = 'BOTTOM_UP' OR p.research_done >= :complete)
                           AND NOT EXISTS (SELECT 1 FROM sales_call_back b
                                            WHERE b.prospect_id = p.id AND b.closed_at IS NULL)
                         ORDER BY p.research_done DESC, p.created_at, p.id
                         LIMIT :limit""")
                .param("seller", seller)
                .param("complete", Research.TOTAL)
                .param("limit", READY_TO_CALL)
                .query((rs, n) -> new ReadyToCall(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }
}
