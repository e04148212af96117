package org.clientela.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.clientela.orders.figures.CustomerRevenue;
import org.clientela.orders.figures.PurchaseFigures;
import org.clientela.satisfaction.LoyaltyClub;
import org.clientela.satisfaction.LoyaltyClub.TierOffer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Gives the demo business a customer club: "Club Clientela" with Bronce, Plata and Oro by spend
 * over the last 12 months — Oro answered in half the time — and its biggest buyers of the year as
 * members, noted in person by their account managers. A few of the very biggest are left out, for
 * the page to suggest inviting them. The thresholds follow the demo's own spend (the spend of the
 * fifteenth and of the fifth biggest buyer), so the three tiers all have members whatever the
 * demo's size. Once per database, after the demo's cases.
 */
@Component
@Order(50)
class DemoClub implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoClub.class);
    static final String RECORDED = "demo.loyalty";
    private static final int MEMBERS = 30;
    private static final List<String> STAFF = List.of("ana", "luis", "marta");

    private final DemoOnce once;
    private final PurchaseFigures figures;
    private final LoyaltyClub club;
    private final Clock clock;

    DemoClub(DemoOnce once, PurchaseFigures figures, LoyaltyClub club, Clock clock) {
        this.once = once;
        this.figures = figures;
        this.club = club;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        once.write(RECORDED, "customer club", () -> start())
                .ifPresent(members -> log.info("Demo business: a customer club with {} members", members));
    }

    private int start() {
        LocalDate today = LocalDate.now(clock);
        List<CustomerRevenue> buyers = new ArrayList<>();
        figures.forEachCustomerRevenue(today.minusMonths(12).plusDays(1), today.plusDays(1), buyers::add);
        buyers.sort(
                Comparator.comparing(CustomerRevenue::revenue).reversed().thenComparing(CustomerRevenue::customerId));
        if (buyers.size() < MEMBERS) {
            return 0;
        }
        BigDecimal oro = hundreds(buyers.get(4).revenue());
        BigDecimal plata = hundreds(buyers.get(14).revenue());
        if (plata.signum() <= 0 || oro.compareTo(plata) <= 0) {
            return 0;
        }
        long program = club.createSpendProgram(
                "Club Clientela",
                List.of(
                        new TierOffer("Bronce", BigDecimal.ZERO, null, null, null),
                        new TierOffer("Plata", plata, new BigDecimal("5"), null, null),
                        new TierOffer("Oro", oro, new BigDecimal("10"), 50, "Una cesta de productos en Navidad")));
        int joined = 0;
        for (int i = 0; i < MEMBERS; i++) {
            // Every third of the ten biggest is left to invite.
            if (i < 10 && i % 3 == 1) {
                continue;
            }
            long customer = buyers.get(i).customerId();
            if (club.joinInPerson(program, customer, STAFF.get(i % STAFF.size()))) {
                joined++;
            }
        }
        return joined;
    }

    private static BigDecimal hundreds(BigDecimal amount) {
        return amount.divide(BigDecimal.valueOf(100), 0, RoundingMode.DOWN).multiply(BigDecimal.valueOf(100));
    }
}
