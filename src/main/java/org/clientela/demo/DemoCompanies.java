package org.clientela.demo;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.clientela.sales.SalesHistory.ContactRecord;
import org.clientela.sales.SalesHistory.Research;

/**
 * Companies of the islands a campaign approaches, in Spanish: bars, restaurants and shops for the
 * top-down campaign (sectors I and G, micro and small, the owner to call, homework mostly done),
 * offices for the bottom-up one (sectors M, N and J, small and medium, the office manager to call,
 * little homework). Tax ids carry their real check character (CIF digit, DNI letter).
 */
final class DemoCompanies {

    record Company(
            String name,
            String taxId,
            String sector,
            int employees,
            String phone,
            String email,
            String web,
            String address,
            String city,
            String postalCode,
            String source,
            Research research,
            ContactRecord contact) {}

    private record Trade(String name, String sector, String business) {}

    private static final List<Trade> HOSPITALITY = List.of(
            new Trade("Bar", "I", "Bar de barrio con desayunos y menú del día"),
            new Trade("Cafetería", "I", "Cafetería con terraza, desayunos y meriendas"),
            new Trade("Restaurante", "I", "Restaurante de cocina canaria, comidas y cenas"),
            new Trade("Guachinche", "I", "Guachinche de temporada con vino de la casa"),
            new Trade("Hotel", "I", "Hotel pequeño de turismo vacacional"),
            new Trade("Apartamentos", "I", "Apartamentos turísticos con recepción"),
            new Trade("Heladería", "I", "Heladería artesana en zona de paseo"),
            new Trade("Supermercado", "G", "Supermercado de barrio con reparto"),
            new Trade("Frutería", "G", "Frutería con producto local"),
            new Trade("Ferretería", "G", "Ferretería y suministros para el hogar"),
            new Trade("Tienda de regalos", "G", "Tienda de regalos y artesanía para turistas"));
    private static final List<Trade> OFFICES = List.of(
            new Trade("Asesoría", "M", "Asesoría fiscal y laboral de pymes"),
            new Trade("Despacho de abogados", "M", "Despacho de abogados mercantil"),
            new Trade("Estudio de arquitectura", "M", "Estudio de arquitectura y reformas"),
            new Trade("Ingeniería", "M", "Ingeniería de instalaciones"),
            new Trade("Gestoría", "N", "Gestoría administrativa"),
            new Trade("Limpiezas", "N", "Empresa de limpieza de oficinas y comunidades"),
            new Trade("Agencia de viajes", "N", "Agencia de viajes receptiva"),
            new Trade("Informática", "J", "Servicios informáticos y redes para empresas"),
            new Trade("Desarrollo web", "J", "Desarrollo de webs y tiendas en línea"),
            new Trade("Telecomunicaciones", "J", "Instalador de telecomunicaciones"));
    private static final List<String> NEWS = List.of(
            "Ha abierto un segundo local",
            "Reformó el local este año",
            "Cambio de gerencia reciente",
            "Amplía plantilla para la temporada",
            "Sale en la prensa local por un premio",
            "Busca proveedor nuevo tras un cierre");
    private static final List<String> REASONS = List.of(
            "Compra lo que vendemos y no nos conoce",
            "Está cerca de nuestra ruta de reparto",
            "Su competidor ya es cliente y está contento",
            "Nos lo recomendó un cliente");
    private static final List<String> SUFFIXES = List.of(" S.L.", " S.L.", ", S.L.", " S.L.U.", " S.A.", "");
    private static final String NIF_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE";

    private final SplittableRandom random;
    private final boolean topDown;

    DemoCompanies(SplittableRandom random, boolean topDown) {
        this.random = random;
        this.topDown = topDown;
    }

    Company next() {
        Trade trade = DemoPeople.pick(random, topDown ? HOSPITALITY : OFFICES);
        DemoPeople.City city = DemoPeople.city(random);
        while (!city.landlinePrefix().startsWith("92")) {
            city = DemoPeople.city(random);
        }
        String[] person = DemoPeople.personName(random).split(" ");
        String what = random.nextBoolean() ? person[person.length - 1] : city.name();
        String suffix = DemoPeople.pick(random, SUFFIXES);
        String name = trade.name() + " " + what + suffix;
        String taxId =
                random.nextInt(10) < 2 ? null : suffix.isEmpty() ? dni() : cif(suffix.contains("S.A.") ? 'A' : 'B');
        int employees = topDown
                ? (random.nextInt(10) < 7 ? 1 + random.nextInt(9) : 10 + random.nextInt(40))
                : (random.nextInt(10) < 6 ? 10 + random.nextInt(40) : 50 + random.nextInt(200));
        String email = random.nextInt(10) < 8 ? DemoPeople.companyEmail(random, name) : null;
        String web =
                email != null && random.nextBoolean() ? "https://www." + email.substring(email.indexOf('@') + 1) : null;
        String[] contactName = DemoPeople.personName(random).split(" ");
        String contact = contactName[0] + " " + contactName[1];
        String title = topDown
                ? (random.nextInt(4) == 0 ? "Gerente" : "Propietario")
                : (random.nextBoolean() ? "Jefe de oficina" : "Responsable de administración");
        return new Company(
                name,
                taxId,
                trade.sector(),
                employees,
                DemoPeople.phone(random, city, true),
                email,
                web,
                DemoPeople.address(random),
                city.name(),
                DemoPeople.postalCode(random, city),
                source(),
                research(contact + ", " + title.toLowerCase(Locale.ROOT), trade.business()),
                new ContactRecord(contact, title, topDown ? "DECISION_MAKER" : "USER", null, null));
    }

    /** Top-down: the homework done for most (all four items), part of it for the rest; bottom-up: little. */
    private Research research(String contact, String business) {
        int items = topDown
                ? (random.nextInt(100) < 85 ? 4 : 1 + random.nextInt(3))
                : (random.nextInt(100) < 25 ? 1 + random.nextInt(2) : 0);
        if (items == 0) {
            return null;
        }
        return new Research(
                contact,
                items >= 2 ? business : null,
                items >= 3 ? DemoPeople.pick(random, NEWS) : null,
                items >= 4 ? DemoPeople.pick(random, REASONS) : null);
    }

    private String source() {
        int roll = random.nextInt(100);
        if (topDown) {
            return roll < 75 ? "LIST" : roll < 90 ? "REFERRAL" : "EVENT";
        }
        return roll < 60 ? "LIST" : roll < 85 ? "COLD" : "WEB_FORM";
    }

    /** What a proposal asks: more from the larger offices of the bottom-up campaign. */
    BigDecimal proposalAmount() {
        int hundreds = topDown ? 15 + random.nextInt(76) : 20 + random.nextInt(121);
        return BigDecimal.valueOf(hundreds * 100L).setScale(2);
    }

    /** Why a prospect that reached this many stages said no. */
    String lostReason(int stages) {
        List<String> reasons = stages <= 1
                ? List.of("NO_ANSWER", "NO_ANSWER", "NO_DECISION_MAKER", "OTHER")
                : stages == 2
                        ? (topDown
                                ? List.of("NO_NEED", "NO_BUDGET", "TIMING", "COMPETITOR")
                                : List.of("NO_DECISION_MAKER", "NO_DECISION_MAKER", "NO_NEED", "TIMING"))
                        : List.of("PRICE", "PRICE", "COMPETITOR", "TIMING", "NO_BUDGET");
        return DemoPeople.pick(random, reasons);
    }

    /** A company's CIF: its letter, seven digits and the check digit of the Spanish rule. */
    private String cif(char letter) {
        int[] digits = new int[7];
        int sum = 0;
        for (int i = 0; i < 7; i++) {
            digits[i] = random.nextInt(10);
            if (i % 2 == 0) {
                int doubled = digits[i] * 2;
                sum += doubled / 10 + doubled % 10;
            } else {
                sum += digits[i];
            }
        }
        StringBuilder cif = new StringBuilder().append(letter);
        for (int digit : digits) {
            cif.append(digit);
        }
        return cif.append((10 - sum % 10) % 10).toString();
    }

    /** A sole trader's DNI with its letter. */
    private String dni() {
        int number = random.nextInt(1_000_000, 99_999_999);
        return String.format(Locale.ROOT, "%08d%c", number, NIF_LETTERS.charAt(number % 23));
    }
}
