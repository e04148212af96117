package org.clientela.retention.internal.losses;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.clientela.customers.BlockedCustomers;
import org.clientela.customers.CustomerDirectory;
import org.clientela.orders.history.CustomerPurchases;
import org.clientela.platform.Slice;
import org.clientela.retention.LossReason;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register as a list: a page of losses, newest first, filtered the way the three questions
 * link to it (a month, a reason, avoidable or not, standing or won back), each with the customer's
 * name and — for standing losses — whether they have bought again since (a won-back candidate).
 */
@Service
@Transactional(readOnly = true)
public class LossList {

    private final JdbcClient jdbc;
    private final CustomerDirectory customers;
    private final CustomerPurchases histories;

    LossList(JdbcClient jdbc, CustomerDirectory customers, CustomerPurchases histories) {
        this.jdbc = jdbc;
        this.customers = customers;
        this.histories = histories;
    }

    /** Which losses to show. {@code null} fields do not filter. */
    public record Filter(
            YearMonth month, LocalDate from, LocalDate to, LossReason reason, Boolean avoidable, State state) {

        public enum State {
            STANDING,
            WON_BACK,
            ALL
        }

        public static Filter standing() {
            return new Filter(null, null, null, null, null, State.STANDING);
        }
    }

    /**
     * @param lastPurchase the customer's latest order, any time
     * @param boughtAgain  whether a standing loss's customer ordered after {@code lostOn}
     */
    public record Row(Loss loss, CustomerDirectory.CustomerRef customer, LocalDate lastPurchase) {

        public boolean boughtAgain() {
            return loss.standing() && lastPurchase != null && lastPurchase.isAfter(loss.lostOn());
        }
    }

    public Slice<Row> page(Filter filter, int page, int size) {
        StringBuilder where =
                new StringBuilder(" WHERE ").append(BlockedCustomers.visible("retention_loss.customer_id"));
        List<Object[]> params = new ArrayList<>();
        LocalDate from = filter.month() != null ? filter.month().atDay(1) : filter.from();
        LocalDate to = filter.month() != null ? filter.month().plusMonths(1).atDay(1) : filter.to();
        if (from != null) {
            where.append(" AND lost_on >= :from");
            params.add(new Object[] {"from", from});
        }
        if (to != null) {
            where.append(" AND lost_on < :to");
            params.add(new Object[] {"to", to});
        }
        if (filter.reason() != null) {
            where.append(" AND reason = :reason");
            params.add(new Object[] {"reason", filter.reason().name()});
        } else if (filter.avoidable() != null) {
            where.append(" AND reason IN (:reasons)");
            params.add(new Object[] {
                "reasons",
                LossReason.ofGroup(filter.avoidable()).stream().map(Enum::name).toList()
            });
        }
        Filter.State state = filter.state() == null ? Filter.State.STANDING : filter.state();
        if (state == Filter.State.STANDING) {
            where.append(" AND won_back_on IS NULL");
        } else if (state == Filter.State.WON_BACK) {
            where.append(" AND won_back_on IS NOT NULL");
        }
        JdbcClient.StatementSpec sql =
                jdbc.sql("""
                SELECT id, customer_id, reason, note, lost_on, lost_revenue, lost_lifetime_value, currency,
                       recorded_by, recorded_at, won_back_on
                  FROM retention_loss""" + where + " ORDER BY lost_on DESC, id DESC LIMIT :limit OFFSET :offset");
        for (Object[] p : params) {
            sql = sql.param((String) p[0], p[1]);
        }
        List<Loss> losses = sql.param("limit", size + 1)
                .param("offset", (long) page * size)
                .query(LossRegister.LOSS)
                .list();
        Slice<Loss> slice = Slice.of(losses, page, size);
        List<Long> ids = slice.items().stream().map(Loss::customerId).toList();
        Map<Long, CustomerDirectory.CustomerRef> names = customers.findAll(ids);
        Map<Long, LocalDate> last = histories.lastPurchases(ids);
        List<Row> rows = slice.items().stream()
                .map(l -> new Row(
                        l,
                        names.getOrDefault(
                                l.customerId(),
                                new CustomerDirectory.CustomerRef(l.customerId(), "", "#" + l.customerId())),
                        last.get(l.customerId())))
                .toList();
        return new Slice<>(rows, slice.page(), slice.size(), slice.hasNext());
    }
}
