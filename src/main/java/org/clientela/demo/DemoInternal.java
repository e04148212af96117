package org.clientela.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.clientela.platform.ClientelaSettings;
import org.clientela.platform.Teams;
import org.clientela.satisfaction.InternalServiceArchive;
import org.clientela.satisfaction.InternalServiceArchive.PastAction;
import org.clientela.satisfaction.InternalServiceArchive.PastRequest;
import org.clientela.satisfaction.InternalServiceArchive.PastReview;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Gives the demo business two departments that serve each other — the shop (Ana, Luis) and the
 * office (Marta and the admin who signs in) — with two months of requests between them: the office
 * answers the shop late more often than not (the matrix shows that hand-off hurting), the shop
 * answers the office in time; a few still open, one waiting for the admin's rating; and two
 * after-project reviews, one held with its actions, one the admin must still hold. Once per
 * database; people already in a team stay where an admin put them.
 *
 * <p>Long because most of it is the demo's requests and reviews written out one by one, so that a
 * reader sees the story the pages will tell.
 */
@Component
@Order(56)
class DemoInternal implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoInternal.class);
    static final String RECORDED = "demo.internal";
    static final String SHOP = "Tienda";
    static final String OFFICE = "Oficina";

    private final DemoOnce once;
    private final Teams teams;
    private final InternalServiceArchive archive;
    private final Clock clock;
    private final ZoneId zone;

    DemoInternal(DemoOnce once, Teams teams, InternalServiceArchive archive, Clock clock, ClientelaSettings business) {
        this.once = once;
        this.teams = teams;
        this.archive = archive;
        this.clock = clock;
        this.zone = business.timeZone();
    }

    @Override
    public void run(ApplicationArguments args) {
        once.write(RECORDED, "internal service", () -> {
                    teams.placeIfNone("ana", SHOP);
                    teams.placeIfNone("luis", SHOP);
                    teams.placeIfNone("marta", OFFICE);
                    teams.placeIfNone("admin", OFFICE);
                    return archive.bringIn(requests(), reviews());
                })
                .ifPresent(written -> log.info("Demo business: {} internal requests and project reviews", written));
    }

    List<PastRequest> requests() {
        List<PastRequest> all = new ArrayList<>();
        String[][] shopAsks = {
            {"COMPLAINT", "HIGH", "Factura duplicada a un cliente de la tienda", "late", "2"},
            {"QUESTION", "NORMAL", "¿Cuándo llega el pedido de tornillería?", "inTime", "4"},
            {"REQUEST", "HIGH", "Abono para una devolución", "late", "2"},
            {"REQUEST", "NORMAL", "Alta de un cliente nuevo con crédito", "late", "3"},
            {"QUESTION", "HIGH", "Precio especial para una obra", "inTime", "5"},
            {"COMPLAINT", "NORMAL", "Albarán sin firmar en la entrega", "late", "1"},
            {"REQUEST", "LOW", "Catálogo impreso para el mostrador", "inTime", "4"},
            {"QUESTION", "URGENT", "Cliente esperando: ¿tiene deuda pendiente?", "late", "2"},
        };
        for (int i = 0; i < shopAsks.length; i++) {
            String[] r = shopAsks[i];
            Instant asked = workingMoment(50 - 6 * i, LocalTime.of(10, 15));
            // Late: two working days later in the afternoon, past every first-answer target but a LOW one's.
            Duration wait = r[3].equals("late")
                    ? Duration.between(asked, workingDaysAfter(asked, 2, LocalTime.of(17, 0)))
                    : Duration.ofMinutes(40);
            all.add(new PastRequest(
                    SHOP,
                    OFFICE,
                    i % 2 == 0 ? "ana" : "luis",
                    r[0],
                    r[1],
                    r[2],
                    r[0].equals("COMPLAINT"),
                    asked,
                    asked.plus(wait),
                    "marta",
                    "Lo miramos y te decimos.",
                    asked.plus(wait).plus(Duration.ofHours(3)),
                    Integer.valueOf(r[4]),
                    r[4].compareTo("3") < 0 ? "El cliente estaba esperando en el mostrador." : null));
        }
        String[][] officeAsks = {
            {"QUESTION", "NORMAL", "Inventario de la estantería de pinturas", "5"},
            {"REQUEST", "NORMAL", "Foto de la avería que trajo el cliente", "4"},
            {"QUESTION", "HIGH", "¿Se vendió el último taladro de exposición?", "5"},
        };
        for (int i = 0; i < officeAsks.length; i++) {
            String[] r = officeAsks[i];
            Instant asked = workingMoment(45 - 10 * i, LocalTime.of(11, 0));
            all.add(new PastRequest(
                    OFFICE,
                    SHOP,
                    "marta",
                    r[0],
                    r[1],
                    r[2],
                    false,
                    asked,
                    asked.plus(Duration.ofMinutes(30)),
                    "ana",
                    "Hecho, te lo dejo en tu mesa.",
                    asked.plus(Duration.ofHours(1)),
                    Integer.valueOf(r[3]),
                    null));
        }
        // Open today: two for the office (one already late), one for the shop (low priority, so its
        // first answer is not due before tomorrow and the shop's record stays clean whatever the hour);
        // and one the admin asked, closed two working days ago, waiting for the admin's rating.
        all.add(unanswered(
                SHOP,
                OFFICE,
                "ana",
                "REQUEST",
                "HIGH",
                "Duplicado de factura para un cliente",
                true,
                workingMoment(3, LocalTime.of(9, 30))));
        all.add(unanswered(
                SHOP,
                OFFICE,
                "luis",
                "QUESTION",
                "NORMAL",
                "¿Podemos aplazar el pago de un cliente?",
                true,
                workingMoment(0, LocalTime.of(9, 15))));
        all.add(unanswered(
                OFFICE,
                SHOP,
                "marta",
                "REQUEST",
                "LOW",
                "Recuento de la caja del sábado",
                false,
                workingMoment(0, LocalTime.of(9, 5))));
        Instant asked = workingMoment(2, LocalTime.of(12, 0));
        all.add(new PastRequest(
                OFFICE,
                SHOP,
                "admin",
                "QUESTION",
                "NORMAL",
                "Horario de verano de la tienda",
                false,
                asked,
                asked.plus(Duration.ofHours(1)),
                "luis",
                "De 8 a 15, de lunes a sábado.",
                asked.plus(Duration.ofHours(2)),
                null,
                null));
        return all;
    }

    List<PastReview> reviews() {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        return List.of(
                new PastReview(
                        "Rebajas de enero",
                        SHOP,
                        today.minusDays(30),
                        "marta",
                        "El mostrador se organizó bien y nadie esperó más de diez minutos.",
                        "La oficina no tenía los precios rebajados en el sistema el primer día.",
                        "Cargar los precios de rebajas el día antes y probar dos tickets.",
                        List.of(
                                new PastAction(
                                        "Lista de comprobación de la víspera de rebajas",
                                        "marta",
                                        today.minusDays(10),
                                        true),
                                new PastAction(
                                        "Revisar con la oficina los plazos de abonos",
                                        "admin",
                                        today.plusDays(5),
                                        false))),
                new PastReview(
                        "Nueva web de pedidos", OFFICE, today.minusDays(3), "admin", null, null, null, List.of()));
    }

    /** {@code workingDaysAgo} weekdays before today, at {@code time} in the business's zone. */
    /** A request asked and not answered yet. */
    private static PastRequest unanswered(
            String from,
            String to,
            String requester,
            String type,
            String priority,
            String subject,
            boolean customerAffected,
            Instant asked) {
        return new PastRequest(
                from,
                to,
                requester,
                type,
                priority,
                subject,
                customerAffected,
                asked,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    private Instant workingMoment(int workingDaysAgo, LocalTime time) {
        LocalDate day = LocalDate.now(clock.withZone(zone));
        for (int left = workingDaysAgo; left > 0 || isWeekend(day); ) {
            day = day.minusDays(1);
            if (!isWeekend(day)) {
                left--;
            }
        }
        Instant at = day.atTime(time).atZone(zone).toInstant();
        return at.isAfter(clock.instant()) ? clock.instant().minus(Duration.ofMinutes(5)) : at;
    }

    private Instant workingDaysAfter(Instant from, int days, LocalTime time) {
        LocalDate day = from.atZone(zone).toLocalDate();
        for (int left = days; left > 0; ) {
            day = day.plusDays(1);
            if (!isWeekend(day)) {
                left--;
            }
        }
        return day.atTime(time).atZone(zone).toInstant();
    }

    private static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
