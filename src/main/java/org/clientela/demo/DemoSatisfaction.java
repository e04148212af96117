package org.clientela.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.clientela.customers.CustomerOwners;
import org.clientela.orders.history.CustomerPurchases;
import org.clientela.orders.history.ReachedOrders;
import org.clientela.platform.ClientelaSettings;
import org.clientela.satisfaction.SatisfactionArchive;
import org.clientela.satisfaction.SatisfactionArchive.PastFollowUp;
import org.clientela.satisfaction.SatisfactionArchive.PastSurvey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Gives the demo business a year of survey answers (promoters, passives and detractors, by link
 * and by phone, a few links never answered) and four months of follow-up calls after first and
 * large orders — most made, some that found a problem, a few still to make, some of them the
 * admin's. Once per database, after the demo's orders and cases; the same seed gives the same past.
 */
@Component
@Order(50)
class DemoSatisfaction implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoSatisfaction.class);
    static final String RECORDED = "demo.surveys";
    private static final int SURVEYS = 320;
    private static final int FOLLOW_UP_DAYS = 120;
    private static final String[] PRAISE = {"Muy amables", "Todo perfecto", "Rápidos y claros", null, null};
    private static final String[] COMPLAINT = {
        "Tardaron en contestar", "Me llamaron tarde", "El pedido llegó incompleto"
    };

    private final DemoOnce once;
    private final CustomerPurchases histories;
    private final CustomerOwners owners;
    private final ReachedOrders reached;
    private final SatisfactionArchive archive;
    private final Clock clock;
    private final ZoneId zone;
    private final String currency;

    DemoSatisfaction(
            DemoOnce once,
            CustomerPurchases histories,
            CustomerOwners owners,
            ReachedOrders reached,
            SatisfactionArchive archive,
            Clock clock,
            ClientelaSettings business) {
        this.once = once;
        this.histories = histories;
        this.owners = owners;
        this.reached = reached;
        this.archive = archive;
        this.clock = clock;
        this.zone = business.timeZone();
        this.currency = business.currency().getCurrencyCode();
    }

    @Override
    public void run(ApplicationArguments args) {
        once.write(RECORDED, "surveys", () -> {
                    Random random = new Random(7);
                    return new int[] {
                        archive.bringInSurveys(surveys(random)), archive.bringInFollowUps(followUps(random))
                    };
                })
                .ifPresent(written ->
                        log.info("Demo business: {} surveys and {} follow-up calls", written[0], written[1]));
    }

    private List<PastSurvey> surveys(Random random) {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        List<Long> customers = new ArrayList<>();
        histories.forEachHistory(today, currency, h -> customers.add(h.customerId()));
        customers.sort(Long::compare);
        List<PastSurvey> surveys = new ArrayList<>();
        if (customers.isEmpty()) {
            return surveys;
        }
        Map<Long, String> ownerOf = owners.ownersOf(customers);
        Map<Long, LocalDate> lastAsked = new HashMap<>();
        for (int i = 0; i < SURVEYS; i++) {
            long customer = customers.get(random.nextInt(customers.size()));
            LocalDate day = today.minusDays(1 + random.nextInt(365));
            LocalDate last = lastAsked.get(customer);
            // The fatigue cap holds in the past too.
            if (last != null && Math.abs(last.toEpochDay() - day.toEpochDay()) < 90) {
                continue;
            }
            lastAsked.put(customer, day);
            boolean nps = random.nextInt(5) < 2;
            boolean link = random.nextInt(5) < 3;
            Integer score = link && random.nextInt(10) < 3 ? null : score(random, nps);
            boolean unhappy = score != null && (nps ? score <= 6 : score <= 2);
            String comment = score == null
                    ? null
                    : unhappy ? COMPLAINT[random.nextInt(COMPLAINT.length)] : PRAISE[random.nextInt(PRAISE.length)];
            Instant at = day.atTime(9 + random.nextInt(9), random.nextInt(60))
                    .atZone(zone)
                    .toInstant();
            surveys.add(new PastSurvey(
                    customer,
                    nps ? "NPS" : "CSAT",
                    link ? "LINK" : "PHONE",
                    ownerOf.get(customer),
                    at,
                    score,
                    comment));
        }
        return surveys;
    }

    /** Half promoters, a quarter passives, a quarter detractors (NPS); mostly fours and fives (CSAT). */
    private static int score(Random random, boolean nps) {
        int draw = random.nextInt(100);
        if (nps) {
            return draw < 50 ? 9 + random.nextInt(2) : draw < 75 ? 7 + random.nextInt(2) : random.nextInt(7);
        }
        return draw < 75 ? 4 + random.nextInt(2) : draw < 88 ? 3 : 1 + random.nextInt(2);
    }

    private List<PastFollowUp> followUps(Random random) {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        List<ReachedOrders.ReachedOrder> orders = new ArrayList<>();
        for (int back = FOLLOW_UP_DAYS; back >= 7; back--) {
            orders.addAll(reached.reachedOn(today.minusDays(back), new BigDecimal("500.00")));
        }
        Map<Long, String> ownerOf = owners.ownersOf(orders.stream()
                .map(ReachedOrders.ReachedOrder::customerId)
                .distinct()
                .toList());
        Map<Long, LocalDate> lastCalled = new HashMap<>();
        List<PastFollowUp> calls = new ArrayList<>();
        for (ReachedOrders.ReachedOrder order : orders) {
            LocalDate reachedOn = order.deliveredOn() != null ? order.deliveredOn() : order.orderedOn();
            LocalDate created = reachedOn.plusDays(7);
            LocalDate last = lastCalled.get(order.customerId());
            if (last != null && created.toEpochDay() - last.toEpochDay() < 30) {
                continue;
            }
            lastCalled.put(order.customerId(), created);
            LocalDate due = workingDaysAfter(created, 2);
            boolean open = !due.isBefore(today.minusDays(1)) && random.nextInt(4) > 0;
            String owner = open && random.nextInt(3) == 0 ? "admin" : ownerOf.get(order.customerId());
            if (open) {
                calls.add(new PastFollowUp(
                        order.customerId(),
                        order.orderId(),
                        order.orderNumber(),
                        order.firstOrder(),
                        owner,
                        created,
                        due,
                        null,
                        null,
                        null));
                continue;
            }
            int draw = random.nextInt(100);
            String outcome = draw < 75 ? "ALL_FINE" : draw < 83 ? "PROBLEM" : draw < 95 ? "NO_ANSWER" : "DO_NOT_CALL";
            LocalDate done = created.plusDays(random.nextInt(4));
            calls.add(new PastFollowUp(
                    order.customerId(),
                    order.orderId(),
                    order.orderNumber(),
                    order.firstOrder(),
                    owner,
                    created,
                    due,
                    outcome,
                    done.isAfter(today) ? today : done,
                    "PROBLEM".equals(outcome) ? COMPLAINT[random.nextInt(COMPLAINT.length)] : null));
        }
        return calls;
    }

    private static LocalDate workingDaysAfter(LocalDate day, int days) {
        LocalDate at = day;
        for (int left = days; left > 0; ) {
            at = at.plusDays(1);
            if (at.getDayOfWeek() != DayOfWeek.SATURDAY && at.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return at;
    }
}
