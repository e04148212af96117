package org.clientela.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.clientela.customers.CustomerId;
import org.clientela.orders.history.BuyingHistory;
import org.clientela.orders.history.CustomerPurchases;
import org.clientela.platform.ClientelaSettings;
import org.clientela.service.CaseArchive;
import org.clientela.service.CaseArchive.PastCase;
import org.clientela.service.CaseArchive.PastPromise;
import org.clientela.service.CaseArchive.Told;
import org.clientela.service.CaseType;
import org.clientela.service.ComplaintReason;
import org.clientela.service.PromiseKind;
import org.clientela.service.Resolution;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Gives the demo business half a year of customer service, so the service pages have a story:
 * questions, requests and complaints by phone, e-mail and in the shop (a few out of hours),
 * answered and resolved mostly in time, call-backs and deliveries promised — most kept, some
 * broken — vouchers and refunds, and a handful of cases still open today, some of them the signed-in
 * admin's, with a call-back due. The customers who stopped buying get more of the complaints.
 * Once per database, after the demo's orders and losses; the same seed gives the same cases.
 *
 * <p>Long because it is one recipe read top to
 * bottom, each step drawing from the same random stream, so that a split would not make it easier
 * to follow and would change the cases a seed gives if the draws moved.
 */
@Component
@Order(30)
class DemoCases implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCases.class);
    static final String RECORDED = "demo.cases";
    /** Resolved cases over the last half year, and cases still open. */
    private static final int PAST = 84;

    private static final int OPEN = 10;
    /** Who owns the open cases: the demo's account owners and the admin who signs in first. */
    private static final List<String> STAFF = List.of("admin", "ana", "luis", "marta");

    private final DemoOnce once;
    private final CustomerPurchases histories;
    private final CaseArchive archive;
    private final Clock clock;
    private final ZoneId zone;
    private final String currency;

    DemoCases(
            DemoOnce once, CustomerPurchases histories, CaseArchive archive, Clock clock, ClientelaSettings business) {
        this.once = once;
        this.histories = histories;
        this.archive = archive;
        this.clock = clock;
        this.zone = business.timeZone();
        this.currency = business.currency().getCurrencyCode();
    }

    @Override
    public void run(ApplicationArguments args) {
        once.write(RECORDED, "service cases", () -> archive.bringIn(cases(new Random(42))))
                .ifPresent(written -> log.info("Demo business: {} service cases over the last six months", written));
    }

    List<PastCase> cases(Random random) {
        LocalDate today = LocalDate.now(clock);
        List<BuyingHistory> regular = new ArrayList<>();
        List<BuyingHistory> lapsed = new ArrayList<>();
        histories.forEachHistory(today, currency, h -> {
            long silent = ChronoUnit.DAYS.between(h.lastPurchase(), today);
            (h.purchaseDays() >= 4 && silent >= 45 ? lapsed : regular).add(h);
        });
        regular.sort(Comparator.comparingLong(BuyingHistory::customerId));
        lapsed.sort(Comparator.comparingLong(BuyingHistory::customerId));
        List<PastCase> cases = new ArrayList<>();
        if (regular.isEmpty()) {
            return cases;
        }
        Instant now = clock.instant();
        for (int i = 0; i < PAST + OPEN; i++) {
            boolean open = i >= PAST;
            CaseType type = pickType(random);
            // Complaints come more often from the customers who then stopped buying.
            List<BuyingHistory> pool =
                    type == CaseType.COMPLAINT && !lapsed.isEmpty() && random.nextInt(3) > 0 ? lapsed : regular;
            BuyingHistory customer = pool.get(random.nextInt(pool.size()));
            Instant opened = open ? openedLately(random, now) : openedBefore(random, now, customer, today);
            cases.add(
                    open
                            ? openCase(random, type, customer.customerId(), opened, now, i - PAST)
                            : closedCase(random, type, customer.customerId(), opened, now));
        }
        return cases;
    }

    private PastCase closedCase(Random random, CaseType type, long customerId, Instant opened, Instant now) {
        Topic topic = Topic.pick(random, type);
        String owner = STAFF.get(1 + random.nextInt(STAFF.size() - 1));
        // First answer within a few working hours, sometimes a day or two late.
        Instant told = opened.plus(
                Duration.ofMinutes(random.nextInt(10) < 8 ? 20 + random.nextInt(300) : 1_500 + random.nextInt(2_800)));
        Instant resolved = told.plus(Duration.ofHours(2 + random.nextInt(type == CaseType.COMPLAINT ? 160 : 40)));
        if (resolved.isAfter(now)) {
            resolved = now.minus(Duration.ofHours(1));
        }
        if (!resolved.isAfter(told)) {
            resolved = told.plus(Duration.ofMinutes(45));
        }
        List<Told> notes = new ArrayList<>(List.of(new Told(told, topic.firstAnswer)));
        List<PastPromise> promises = new ArrayList<>();
        if (type != CaseType.QUESTION) {
            Instant due = opened.plus(Duration.ofHours(24));
            boolean kept = random.nextInt(10) < 8;
            promises.add(new PastPromise(
                    PromiseKind.CALL_BACK,
                    "Llamar para contar cómo va",
                    opened,
                    due,
                    kept ? opened.plus(Duration.ofHours(2 + random.nextInt(20))) : null));
            if (topic.delivery) {
                Instant deliveryDue = opened.plus(Duration.ofDays(7));
                int took = 2 + random.nextInt(8);
                promises.add(new PastPromise(
                        PromiseKind.DELIVERY,
                        "Entregar el pedido corregido",
                        opened,
                        deliveryDue,
                        took <= 7 ? opened.plus(Duration.ofDays(took)) : null));
            }
            Instant closingAt = resolved.minus(Duration.ofMinutes(30));
            notes.add(new Told(closingAt.isAfter(told) ? closingAt : told.plus(Duration.ofMinutes(1)), topic.closing));
        }
        boolean against = type == CaseType.COMPLAINT && random.nextInt(12) == 0;
        String concession = null;
        BigDecimal amount = null;
        if (type == CaseType.COMPLAINT && !against && random.nextInt(10) < 4) {
            concession = random.nextBoolean() ? "VOUCHER" : "REFUND";
            amount = BigDecimal.valueOf(
                            concession.equals("VOUCHER") ? 10 + 5 * random.nextInt(5) : 15 + random.nextInt(110))
                    .setScale(2);
        }
        return new PastCase(
                CustomerId.of(customerId),
                type,
                pickChannel(random),
                topic.reason,
                "NORMAL",
                owner,
                topic.subject,
                topic.description,
                opened,
                notes,
                promises,
                resolved,
                against ? Resolution.AGAINST_CUSTOMER : Resolution.IN_FAVOUR,
                against
                        ? "Revisamos el pedido, las fotos y el albarán firmado: la mercancía llegó completa y en buen"
                                + " estado. Se lo explicamos por teléfono y le ofrecimos ayuda con el siguiente pedido."
                        : null,
                concession,
                amount);
    }

    private PastCase openCase(Random random, CaseType type, long customerId, Instant opened, Instant now, int n) {
        Topic topic = Topic.pick(random, type);
        String owner = STAFF.get(n % STAFF.size());
        List<Told> notes = new ArrayList<>();
        if (n % 3 != 0 && opened.plus(Duration.ofHours(2)).isBefore(now)) {
            notes.add(new Told(opened.plus(Duration.ofHours(1)), topic.firstAnswer));
        }
        List<PastPromise> promises = new ArrayList<>();
        if (type != CaseType.QUESTION || n % 2 == 0) {
            // Due in opening hours between yesterday (already broken) and a few days ahead.
            LocalDate day = now.atZone(zone).toLocalDate().plusDays(n % 4 == 1 ? -1 : n % 4);
            Instant due = day.atTime(n % 2 == 0 ? 17 : 12, 30).atZone(zone).toInstant();
            if (n % 4 != 1 && due.isBefore(now.plus(Duration.ofHours(1)))) {
                due = day.plusDays(1).atTime(12, 30).atZone(zone).toInstant(); // late in the day: tomorrow
            }
            if (due.isBefore(opened.plus(Duration.ofHours(1)))) {
                due = opened.plus(Duration.ofHours(1));
            }
            promises.add(new PastPromise(PromiseKind.CALL_BACK, "Llamar para contar cómo va", opened, due, null));
        }
        return new PastCase(
                CustomerId.of(customerId),
                type,
                pickChannel(random),
                topic.reason,
                n % 5 == 0 ? "HIGH" : "NORMAL",
                owner,
                topic.subject,
                topic.description,
                opened,
                notes,
                promises,
                null,
                null,
                null,
                null,
                null);
    }

    /** A working moment in the half year before now, after the customer's first purchase; a few out of hours. */
    private Instant openedBefore(Random random, Instant now, BuyingHistory customer, LocalDate today) {
        LocalDate earliest = customer.firstPurchase().isAfter(today.minusDays(180))
                ? customer.firstPurchase()
                : today.minusDays(180);
        long span = Math.max(1, ChronoUnit.DAYS.between(earliest, today.minusDays(3)));
        LocalDate day = earliest.plusDays(random.nextLong(span));
        boolean outOfHours = random.nextInt(100) < 14;
        if (!outOfHours) {
            while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                day = day.minusDays(1);
            }
        }
        int minute = outOfHours
                ? (random.nextBoolean() ? 19 * 60 + random.nextInt(150) : 7 * 60 + random.nextInt(110))
                : 9 * 60 + random.nextInt(9 * 60);
        Instant at = day.atStartOfDay(zone).plusMinutes(minute).toInstant();
        return at.isAfter(now) ? now.minus(Duration.ofDays(3)) : at;
    }

    /** Within the last week, in opening hours. */
    private Instant openedLately(Random random, Instant now) {
        ZonedDateTime at = now.atZone(zone)
                .minusDays(random.nextInt(6))
                .withHour(9 + random.nextInt(8))
                .withMinute(random.nextInt(60))
                .withSecond(0)
                .withNano(0);
        return at.toInstant().isAfter(now) ? now.minus(Duration.ofHours(1)) : at.toInstant();
    }

    private static CaseType pickType(Random random) {
        int r = random.nextInt(10);
        return r < 4 ? CaseType.QUESTION : r < 7 ? CaseType.COMPLAINT : CaseType.REQUEST;
    }

    private static String pickChannel(Random random) {
        int r = random.nextInt(20);
        return r < 9 ? "PHONE" : r < 15 ? "EMAIL" : r < 17 ? "WEB" : r < 19 ? "IN_PERSON" : "LETTER";
    }

    /** What a case is about, in the words of a Canarian wholesaler's customers. */
    private record Topic(
            CaseType type,
            ComplaintReason reason,
            String subject,
            String description,
            String firstAnswer,
            String closing,
            boolean delivery) {

        /** The topics of {@code demo/case-topics.tsv}: one a line, tab-separated, after a header line. */
        static final List<Topic> ALL = read("/demo/case-topics.tsv");

        private static List<Topic> read(String resource) {
            try (InputStream in = Topic.class.getResourceAsStream(resource)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                        .lines()
                        .skip(1)
                        .map(line -> {
                            String[] f = line.split("\t", -1);
                            return new Topic(
                                    CaseType.valueOf(f[0]),
                                    f[1].isEmpty() ? null : ComplaintReason.valueOf(f[1]),
                                    f[2],
                                    f[3],
                                    f[4],
                                    f[5],
                                    Boolean.parseBoolean(f[6]));
                        })
                        .toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        static Topic pick(Random random, CaseType type) {
            List<Topic> of = ALL.stream().filter(t -> t.type == type).toList();
            return of.get(random.nextInt(of.size()));
        }
    }
}
