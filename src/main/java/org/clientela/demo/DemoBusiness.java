package org.clientela.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import org.clientela.demo.DemoCatalogue.Product;

/**
 * Makes up the customers of the demo business and two years of their orders up to {@code today}.
 * Customer {@code n} depends only on the seed and {@code n}, so the same seed always gives the
 * same business, a customer can be made again without the others, and a million customers need
 * no more memory than one.
 *
 * <p>{@code cadenceStretch} (1 for the demo) spreads every customer's orders further apart, so
 * that a benchmark can ask for fewer order lines per customer without changing the shapes.
 *
 * <p>Long because {@link #customer(long)} is one recipe read top to bottom: the draws of one random
 * stream in a fixed order, on which every figure a seed gives (and the tests expect) depends.
 */
final class DemoBusiness {

    /** Days of history before today. */
    static final int HISTORY_DAYS = 730;
    /** The window in which a declining customer buys less: the radar's "last three months". */
    static final int RECENT_DAYS = 90;

    record Line(String sku, String category, BigDecimal quantity, BigDecimal amount) {}

    record Order(String number, LocalDate date, List<Line> lines) {

        BigDecimal total() {
            return lines.stream().map(Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    record Customer(
            String number,
            String name,
            String kind,
            String email,
            String phone,
            String taxId,
            String address,
            String postalCode,
            String city,
            String owner,
            String status,
            List<String> tags,
            Archetype archetype,
            String droppedCategory,
            List<Order> orders) {}

    private final long seed;
    private final LocalDate today;
    private final double cadenceStretch;

    DemoBusiness(long seed, LocalDate today, double cadenceStretch) {
        if (cadenceStretch < 1) {
            throw new IllegalArgumentException("cadenceStretch must be at least 1");
        }
        this.seed = seed;
        this.today = today;
        this.cadenceStretch = cadenceStretch;
    }

    DemoBusiness(long seed, LocalDate today) {
        this(seed, today, 1);
    }

    LocalDate today() {
        return today;
    }

    /**
     * The day the order reached the customer, or {@code null} while it is on its way: one to four
     * days after it was placed, and one order in ten five to eight days (for the delivery figures to
     * have late ones). Taken from the order number, not from the random sequence, so that adding it
     * left every other figure of the demo as it was.
     */
    LocalDate deliveredOn(Order order) {
        int hash = order.number().hashCode();
        int days = 1 + Math.floorMod(hash, 4) + (Math.floorMod(hash / 7, 10) == 0 ? 4 : 0);
        LocalDate delivered = order.date().plusDays(days);
        return delivered.isAfter(today) ? null : delivered;
    }

    /** Customer number of the {@code index}-th customer (0-based). */
    static String customerNumber(long index) {
        return String.format(Locale.ROOT, "C%07d", index + 1);
    }

    /** The {@code index}-th customer with their orders, oldest first. */
    Customer customer(long index) {
        SplittableRandom random = new SplittableRandom(mix(seed, index));
        Archetype archetype = Archetype.pick(random.nextInt(100));
        boolean company = random.nextInt(10) < 6;
        String name = company ? DemoPeople.companyName(random) : DemoPeople.personName(random);
        DemoPeople.City city = DemoPeople.city(random);
        String email = random.nextInt(10) == 0
                ? ""
                : company ? DemoPeople.companyEmail(random, name) : DemoPeople.personEmail(random, name);
        String phone = DemoPeople.phone(random, city, company);
        String taxId = random.nextInt(5) == 0 ? "" : DemoPeople.taxId(random, company);
        String address = DemoPeople.address(random);
        String postalCode = DemoPeople.postalCode(random, city);
        String owner = DemoPeople.pick(random, DemoPeople.OWNERS);
        Set<String> tags = new LinkedHashSet<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            tags.add(DemoPeople.pick(random, DemoPeople.TAGS));
        }
        String number = customerNumber(index);
        Buyer buyer = new Buyer(random, number, company, archetype);
        List<Order> orders = buyer.orders();
        return new Customer(
                number,
                name,
                company ? "COMPANY" : "PERSON",
                email,
                phone,
                taxId,
                address,
                postalCode,
                city.name(),
                owner,
                orders.isEmpty() ? "PROSPECT" : "CUSTOMER",
                List.copyOf(tags),
                archetype,
                buyer.dropped,
                orders);
    }

    /** One customer's buying habits: favourite categories, usual quantity, cadence. */
    private final class Buyer {

        private final SplittableRandom random;
        private final String customerNumber;
        private final Archetype archetype;
        private final List<String> favourites = new ArrayList<>();
        private final List<Product> usual = new ArrayList<>();
        private final int baseQuantity;
        private final int cadence;
        private String dropped;
        private LocalDate droppedOn;
        private int sequence;

        Buyer(SplittableRandom random, String customerNumber, boolean company, Archetype archetype) {
            this.random = random;
            this.customerNumber = customerNumber;
            this.archetype = archetype;
            List<String> categories = new ArrayList<>(DemoCatalogue.CATEGORIES);
            int count = 2 + random.nextInt(3);
            for (int i = 0; i < count; i++) {
                String category = categories.remove(random.nextInt(categories.size()));
                favourites.add(category);
                usual.add(DemoPeople.pick(random, DemoCatalogue.in(category)));
            }
            this.baseQuantity = company ? 3 + random.nextInt(10) : 1 + random.nextInt(3);
            this.cadence = 7 + random.nextInt(24);
            if (archetype == Archetype.DROPPED_CATEGORY) {
                this.dropped = favourites.get(0);
                this.droppedOn = today.minusDays(RECENT_DAYS + random.nextInt(91));
            }
        }

        List<Order> orders() {
            LocalDate start = today.minusDays(HISTORY_DAYS - random.nextInt(120));
            return switch (archetype) {
                case REGULAR, DECLINING -> steady(start, today);
                case LAPSED -> steady(start, today.minusDays(60 + random.nextInt(141)));
                case DROPPED_CATEGORY -> steady(start, today);
                case NEW -> steady(today.minusDays(10 + random.nextInt(81)), today);
                case OCCASIONAL -> occasional();
                case PROSPECT -> List.of();
            };
        }

        private List<Order> steady(LocalDate from, LocalDate until) {
            double every = cadence * cadenceStretch;
            List<Order> orders = new ArrayList<>();
            long span = java.time.temporal.ChronoUnit.DAYS.between(from, until) + 1;
            LocalDate date = from.plusDays(random.nextInt((int) Math.max(1, Math.min(every, span))));
            while (!date.isAfter(until)) {
                orders.add(order(date));
                long gap = Math.round(every * (0.75 + random.nextDouble() * 0.5));
                date = date.plusDays(Math.max(1, gap));
            }
            return orders;
        }

        private List<Order> occasional() {
            int count = Math.max(1, (int) Math.round((2 + random.nextInt(5)) / cadenceStretch));
            List<LocalDate> dates = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                dates.add(today.minusDays(random.nextInt(HISTORY_DAYS)));
            }
            dates.sort(null);
            return dates.stream().map(this::order).toList();
        }

        private Order order(LocalDate date) {
            boolean recent = date.isAfter(today.minusDays(RECENT_DAYS));
            List<Line> lines = new ArrayList<>();
            if (archetype == Archetype.DECLINING && recent) {
                // A fraction of the usual: one line of the cheapest product, a third of the quantity.
                Product cheapest = DemoCatalogue.cheapestIn(favourites.get(0));
                lines.add(line(cheapest, Math.max(1, baseQuantity / 3)));
            } else {
                for (int i = 0; i < favourites.size(); i++) {
                    String category = favourites.get(i);
                    if (category.equals(dropped)) {
                        // Bought in every order until the day they stopped, never after.
                        if (date.isBefore(droppedOn)) {
                            lines.add(line(usual.get(i), quantity()));
                        }
                    } else if (archetype == Archetype.DECLINING
                            || random.nextInt(10) < 7
                            || (lines.isEmpty() && i == favourites.size() - 1)) {
                        Product product = random.nextInt(10) < 7
                                ? usual.get(i)
                                : DemoPeople.pick(random, DemoCatalogue.in(category));
                        lines.add(line(product, quantity()));
                    }
                }
            }
            sequence++;
            return new Order(
                    String.format(Locale.ROOT, "PED-%s-%03d", customerNumber.substring(1), sequence),
                    date,
                    List.copyOf(lines));
        }

        private int quantity() {
            return Math.max(1, baseQuantity + random.nextInt(3) - 1);
        }

        private Line line(Product product, int quantity) {
            BigDecimal amount =
                    product.price().multiply(BigDecimal.valueOf(quantity)).setScale(2, RoundingMode.UNNECESSARY);
            return new Line(product.sku(), product.category(), BigDecimal.valueOf(quantity), amount);
        }
    }

    /** A well-spread seed per customer (MurmurHash3's finaliser), so neighbours share no stream. */
    private static long mix(long seed, long index) {
        long z = seed * 0x9E3779B97F4A7C15L + index * 0xC2B2AE3D27D4EB4FL + 0x165667B19E3779F9L;
        z = (z ^ (z >>> 33)) * 0xFF51AFD7ED558CCDL;
        z = (z ^ (z >>> 33)) * 0xC4CEB9FE1A85EC53L;
        return z ^ (z >>> 33);
    }
}
