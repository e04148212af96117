package org.clientela.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.clientela.customers.CustomerId;
import org.clientela.orders.history.BuyingHistory;
import org.clientela.orders.history.CustomerPurchases;
import org.clientela.platform.ClientelaSettings;
import org.clientela.sales.SalesHistory;
import org.clientela.sales.SalesHistory.CampaignRecord;
import org.clientela.sales.SalesHistory.ProspectRecord;
import org.springframework.stereotype.Component;

/**
 * The demo business's year of prospecting: two campaigns over the last twelve months, one
 * top-down (bars, restaurants and shops of the islands, the owner called after homework on the
 * company) and one bottom-up (offices, the office manager called first), each with the steps its
 * sellers took. The top-down one turns more conversations into appointments (about 15 % against
 * 7 %, inside the 4–18 % the seed article gives), clearly enough for the comparison page to say so;
 * its proposals and sales are still too few for a verdict. Its won prospects are demo customers
 * whose first order came a few days after the sale, so what a campaign brought can be followed in
 * their orders. A few open prospects have an appointment today or tomorrow.
 *
 * <p>Each stage's count is fixed (a quota), not drawn: the same story on every start whatever the
 * day; only who, when and how much comes from the seed.
 */
@Component
class DemoSales {

    static final String TOP_DOWN = "Hostelería Canarias — descendente";
    static final String BOTTOM_UP = "Oficinas — ascendente";

    /** How many prospects of a campaign reach each stage, and how the decided ones end. */
    record Quotas(
            int prospects,
            int contacted,
            int conversations,
            int appointments,
            int meetings,
            int proposals,
            int won,
            int lostAfterProposal,
            int lostBeforeConversation,
            int lostAfterConversation) {}

    static final Quotas TOP_DOWN_QUOTAS = new Quotas(400, 370, 170, 26, 22, 18, 7, 9, 90, 110);
    static final Quotas BOTTOM_UP_QUOTAS = new Quotas(600, 560, 200, 14, 12, 10, 3, 6, 150, 140);

    private final SalesHistory history;
    private final CustomerPurchases purchases;
    private final Clock clock;
    private final ZoneId zone;
    private final String currency;

    DemoSales(SalesHistory history, CustomerPurchases purchases, Clock clock, ClientelaSettings business) {
        this.history = history;
        this.purchases = purchases;
        this.clock = clock;
        this.zone = business.timeZone();
        this.currency = business.currency().getCurrencyCode();
    }

    /** Writes the two campaigns and their prospects, in the caller's transaction, after the orders are in. */
    SalesHistory.Loaded load(long seed) {
        LocalDate today = LocalDate.now(clock);
        LocalDate start = today.minusMonths(12);
        Instant setUp = start.minusDays(7).atTime(9, 0).atZone(zone).toInstant();
        List<String> sellers = DemoPeople.OWNERS;
        List<CampaignRecord> campaigns = List.of(
                new CampaignRecord(
                        "top-down",
                        TOP_DOWN,
                        "TOP_DOWN",
                        "ACTIVE",
                        start,
                        null,
                        List.of("I", "G"),
                        List.of("MICRO", "SMALL"),
                        sellers,
                        setUp),
                new CampaignRecord(
                        "bottom-up",
                        BOTTOM_UP,
                        "BOTTOM_UP",
                        "ACTIVE",
                        start,
                        null,
                        List.of("M", "N", "J"),
                        List.of("SMALL", "MEDIUM"),
                        sellers,
                        setUp));
        List<List<DemoProspects.Winner>> winners = winners(start, today);
        SplittableRandom random = new SplittableRandom(seed ^ 0x5A1E5L);
        DemoProspects topDown =
                new DemoProspects(random.split(), zone, today, start, clock.instant(), true, sellers, "td");
        DemoProspects bottomUp =
                new DemoProspects(random.split(), zone, today, start, clock.instant(), false, sellers, "bu");
        Stream<ProspectRecord> prospects = Stream.concat(
                topDown.prospects("top-down", TOP_DOWN_QUOTAS, winners.get(0)).stream(),
                bottomUp.prospects("bottom-up", BOTTOM_UP_QUOTAS, winners.get(1)).stream());
        return history.load(campaigns, prospects);
    }

    /**
     * Customers whose first purchase falls late enough in the campaign for a whole sale to fit
     * before it, in turns as the winners of each campaign (the top-down one first), each with the
     * day of that first purchase. Fewer than a campaign's quota leaves its other deals lost.
     */
    private List<List<DemoProspects.Winner>> winners(LocalDate start, LocalDate today) {
        List<BuyingHistory> firsts = new ArrayList<>();
        LocalDate earliest = start.plusDays(DemoProspects.LONGEST_SALE_DAYS + 7);
        purchases.forEachHistory(today, currency, h -> {
            if (!h.firstPurchase().isBefore(earliest)) {
                firsts.add(h);
            }
        });
        firsts.sort(Comparator.comparing(BuyingHistory::firstPurchase).thenComparing(BuyingHistory::customerId));
        List<List<DemoProspects.Winner>> byCampaign = List.of(new ArrayList<>(), new ArrayList<>());
        int[] wanted = {TOP_DOWN_QUOTAS.won(), BOTTOM_UP_QUOTAS.won()};
        int turn = 0;
        for (BuyingHistory first : firsts) {
            int campaign = byCampaign.get(turn).size() < wanted[turn] ? turn : 1 - turn;
            if (byCampaign.get(campaign).size() < wanted[campaign]) {
                byCampaign
                        .get(campaign)
                        .add(new DemoProspects.Winner(CustomerId.of(first.customerId()), first.firstPurchase()));
            }
            turn = 1 - turn;
        }
        return byCampaign;
    }
}
