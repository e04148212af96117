package org.clientela.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.clientela.customers.CustomerId;
import org.clientela.orders.history.CustomerPurchases;
import org.clientela.platform.ClientelaSettings;
import org.clientela.satisfaction.GoodwillArchive;
import org.clientela.satisfaction.GoodwillArchive.PastGesture;
import org.clientela.satisfaction.GoodwillArchive.PastIdea;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Gives the demo business a year of customers' ideas (in every status, a few of the admin's due for
 * a look today) and of surprises and apologies — enough customers who got one more than ninety days
 * ago for the measured effect to say something. Once per database, after the demo's figures (the
 * effect compares within the segments they compute); the same seed gives the same rows.
 */
@Component
@Order(50)
class DemoGoodwill implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoGoodwill.class);
    static final String RECORDED = "demo.goodwill";
    private static final int IDEAS = 24;
    private static final int GESTURES = 90;
    private static final List<String> STAFF = List.of("admin", "ana", "luis", "marta");

    private static final String[][] IDEA_TEXTS = {
        {"PRODUCT", "Que tengan el aceite también en garrafa de cinco litros."},
        {"PRODUCT", "Echo de menos el café molido de la marca de antes."},
        {"SERVICE", "Que avisen por WhatsApp cuando sale el pedido."},
        {"SERVICE", "Abrir los sábados por la mañana, aunque sea hasta la una."},
        {"SERVICE", "Poder recoger el pedido en el almacén sin esperar a la ruta."},
        {"PRICE", "Un descuento por pagar al contado."},
        {"PRICE", "Precio por caja además de por unidad."},
        {"OTHER", "Una factura mensual en vez de una por pedido."},
    };
    private static final String[] ANSWERS = {
        "Le contamos que lo hemos incorporado y le dimos las gracias por la idea.",
        "Le explicamos por qué no podemos hacerlo ahora y que lo tendremos en cuenta.",
    };
    private static final String[][] SURPRISES = {
        {"SMALL_EXTRA", "Una caja de bombones con el pedido", "Cliente de muchos años"},
        {"HANDWRITTEN_NOTE", "Nota de agradecimiento escrita a mano", "Primer pedido grande"},
        {"SAMPLE", "Muestra del café nuevo", "Compra café todas las semanas"},
        {"DISCOUNT", "Un 5 % en el siguiente pedido, porque sí", "Aniversario como cliente"},
    };
    private static final String[][] APOLOGIES = {
        {"WITH_REMEDY", "Le reponemos la caja golpeada y le pedimos disculpas", "Pedido llegó dañado"},
        {"WITH_REMEDY", "Disculpas y envío urgente sin cargo", "Retraso en la entrega"},
        {"WITHOUT_REMEDY", "Llamada para pedir disculpas", "Le atendimos mal por teléfono"},
    };

    private final DemoOnce once;
    private final CustomerPurchases histories;
    private final GoodwillArchive archive;
    private final Clock clock;
    private final ZoneId zone;
    private final String currency;

    DemoGoodwill(
            DemoOnce once,
            CustomerPurchases histories,
            GoodwillArchive archive,
            Clock clock,
            ClientelaSettings business) {
        this.once = once;
        this.histories = histories;
        this.archive = archive;
        this.clock = clock;
        this.zone = business.timeZone();
        this.currency = business.currency().getCurrencyCode();
    }

    @Override
    public void run(ApplicationArguments args) {
        once.write(RECORDED, "ideas and gestures", () -> {
                    List<Long> customers = buyers();
                    if (customers.isEmpty()) {
                        return 0;
                    }
                    Random random = new Random(18);
                    return archive.bringIn(ideas(random, customers), gestures(random, customers));
                })
                .ifPresent(written ->
                        log.info("Demo business: {} customers' ideas and gestures over the last year", written));
    }

    private List<Long> buyers() {
        List<Long> customers = new ArrayList<>();
        histories.forEachHistory(LocalDate.now(clock.withZone(zone)), currency, h -> customers.add(h.customerId()));
        customers.sort(Long::compare);
        return customers;
    }

    List<PastIdea> ideas(Random random, List<Long> customers) {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        List<PastIdea> ideas = new ArrayList<>();
        for (int i = 0; i < IDEAS; i++) {
            String[] text = IDEA_TEXTS[i % IDEA_TEXTS.length];
            long customer = customers.get(random.nextInt(customers.size()));
            // The first few are still open (two of the admin's due today); the rest were decided.
            String status = i < 3 ? "RECEIVED" : i < 6 ? "LOOKING" : i % 3 == 0 ? "DECLINED" : "ADOPTED";
            String owner = i < 2 ? "admin" : STAFF.get(random.nextInt(STAFF.size()));
            boolean open = i < 6;
            LocalDate logged =
                    open ? today.minusDays(2 + random.nextInt(20)) : today.minusDays(25 + random.nextInt(330));
            LocalDate followUp = open ? (i < 2 ? today : today.plusDays(1 + random.nextInt(14))) : logged.plusDays(14);
            LocalDate decided = open ? null : logged.plusDays(5 + random.nextInt(20));
            boolean answered = !open;
            ideas.add(new PastIdea(
                    CustomerId.of(customer),
                    text[1],
                    text[0],
                    List.of("PHONE", "EMAIL", "IN_PERSON", "SURVEY").get(random.nextInt(4)),
                    owner,
                    status,
                    followUp,
                    answered ? ANSWERS["ADOPTED".equals(status) ? 0 : 1] : null,
                    logged.atTime(10, random.nextInt(60)).atZone(zone).toInstant(),
                    answered ? decided.atTime(12, 0).atZone(zone).toInstant() : null,
                    decided));
        }
        return ideas;
    }

    List<PastGesture> gestures(Random random, List<Long> customers) {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        List<PastGesture> gestures = new ArrayList<>();
        for (int i = 0; i < GESTURES; i++) {
            boolean surprise = random.nextInt(10) < 6;
            String[] what = surprise
                    ? SURPRISES[random.nextInt(SURPRISES.length)]
                    : APOLOGIES[random.nextInt(APOLOGIES.length)];
            BigDecimal cost = "HANDWRITTEN_NOTE".equals(what[0]) || "WITHOUT_REMEDY".equals(what[0])
                    ? BigDecimal.ZERO
                    : BigDecimal.valueOf(300 + random.nextInt(2_500), 2);
            gestures.add(new PastGesture(
                    CustomerId.of(customers.get(random.nextInt(customers.size()))),
                    surprise ? "SURPRISE" : "APOLOGY",
                    what[0],
                    what[1],
                    what[2],
                    cost,
                    STAFF.get(random.nextInt(STAFF.size())),
                    today.minusDays(random.nextInt(365))));
        }
        return gestures;
    }
}
