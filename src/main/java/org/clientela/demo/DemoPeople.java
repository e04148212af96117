package org.clientela.demo;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Spanish names, addresses, phones and e-mails made from word lists (nothing downloaded): the
 * customers of a business in the Canary Islands with some accounts on the mainland.
 *
 * <p>Long because half of it is the word lists the people are made from, which read best as lists.
 */
final class DemoPeople {

    record City(String name, String postalPrefix, String landlinePrefix) {}

    static final List<String> OWNERS = List.of("ana", "luis", "marta");
    static final List<String> TAGS =
            List.of("horeca", "tienda", "oficina", "vip", "mayorista", "online", "hotel", "colegio");

    private static final List<String> GIVEN = List.of(
            "Antonio",
            "José",
            "Manuel",
            "Francisco",
            "David",
            "Juan",
            "Javier",
            "Carlos",
            "Daniel",
            "Miguel",
            "Alejandro",
            "Pedro",
            "Acerina",
            "Yeray",
            "Airam",
            "Cristo",
            "Nauzet",
            "María",
            "Carmen",
            "Josefa",
            "Isabel",
            "Laura",
            "Ana",
            "Lucía",
            "Cristina",
            "Marta",
            "Elena",
            "Raquel",
            "Pilar",
            "Candelaria",
            "Nieves",
            "Begoña",
            "Iratxe",
            "Montserrat",
            "Jordi",
            "Rocío",
            "Dácil",
            "Guayarmina",
            "Tomás",
            "Ramón");
    private static final List<String> SURNAMES = List.of(
            "García",
            "Rodríguez",
            "González",
            "Hernández",
            "Pérez",
            "Díaz",
            "Martín",
            "Suárez",
            "Santana",
            "Cabrera",
            "Afonso",
            "Delgado",
            "Morales",
            "Ramos",
            "Reyes",
            "Quintana",
            "Falcón",
            "Betancor",
            "Perdomo",
            "Medina",
            "Padrón",
            "Acosta",
            "Castro",
            "Cruz",
            "Sosa",
            "Alonso",
            "Expósito",
            "Toledo",
            "Marrero",
            "Trujillo",
            "López",
            "Sánchez",
            "Fernández",
            "Jiménez",
            "Ruiz",
            "Navarro",
            "Domínguez",
            "Vázquez",
            "Ortega",
            "Núñez",
            "Iglesias",
            "Ibáñez",
            "Ferrer",
            "Vidal",
            "Rivero",
            "Bethencourt",
            "Armas",
            "Hierro",
            "Mesa",
            "Ojeda");
    private static final List<String> TRADES = List.of(
            "Cafetería",
            "Bar",
            "Restaurante",
            "Panadería",
            "Pastelería",
            "Hotel",
            "Supermercado",
            "Farmacia",
            "Gestoría",
            "Academia",
            "Clínica Dental",
            "Guachinche",
            "Distribuciones",
            "Comercial",
            "Frutería",
            "Librería",
            "Asesoría",
            "Autoescuela",
            "Ferretería",
            "Kiosco");
    private static final List<String> PLACES = List.of(
            "El Puerto",
            "La Plaza",
            "Las Dunas",
            "El Drago",
            "La Palmera",
            "Los Cristianos",
            "El Médano",
            "La Laguna",
            "Teide",
            "Bentayga",
            "El Roque",
            "San Telmo",
            "La Marina",
            "Mencey",
            "Tamarán",
            "Las Canteras",
            "La Caleta",
            "El Sol",
            "Atlántico",
            "La Esquina");
    private static final List<String> SUFFIXES =
            List.of("", "", " S.L.", ", S.L.", " S.L.U.", " S.A.", " e Hijos", " y Cía.");
    private static final List<String> STREETS = List.of(
            "Calle Mayor",
            "Calle Real",
            "Avenida Tres de Mayo",
            "Calle San Agustín",
            "Calle del Castillo",
            "Rambla de Santa Cruz",
            "Calle León y Castillo",
            "Calle Triana",
            "Avenida Marítima",
            "Calle La Noria",
            "Plaza del Charco",
            "Calle Obispo Rey Redondo",
            "Avenida de Canarias",
            "Calle Herradores",
            "Calle Perdomo",
            "Avenida de la Constitución",
            "Calle Nueva",
            "Paseo de la Castellana",
            "Gran Vía",
            "Calle Alcalá");
    private static final List<String> PERSONAL_DOMAINS =
            List.of("gmail.com", "hotmail.com", "yahoo.es", "outlook.es", "telefonica.net", "icloud.com");
    private static final List<String> COMPANY_MAILBOXES =
            List.of("info", "pedidos", "compras", "administracion", "hola", "contabilidad");

    /** Canary Islands first (two in three customers), then the larger mainland cities. */
    private static final List<City> CANARIES = List.of(
            new City("Santa Cruz de Tenerife", "380", "922"), new City("San Cristóbal de La Laguna", "382", "922"),
            new City("La Orotava", "383", "922"), new City("Puerto de la Cruz", "384", "922"),
            new City("Adeje", "386", "922"), new City("Arona", "386", "922"),
            new City("Los Llanos de Aridane", "387", "922"), new City("Las Palmas de Gran Canaria", "350", "928"),
            new City("Telde", "352", "928"), new City("Arrecife", "355", "928"),
            new City("Puerto del Rosario", "356", "928"), new City("San Bartolomé de Tirajana", "351", "928"));

    private static final List<City> MAINLAND = List.of(
            new City("Madrid", "280", "91"),
            new City("Barcelona", "080", "93"),
            new City("Valencia", "460", "96"),
            new City("Sevilla", "410", "954"),
            new City("Málaga", "290", "952"),
            new City("Bilbao", "480", "944"),
            new City("Zaragoza", "500", "976"),
            new City("Murcia", "300", "968"),
            new City("Alicante", "030", "965"),
            new City("Granada", "180", "958"),
            new City("Valladolid", "470", "983"),
            new City("Vigo", "362", "986"));

    private static final String NIF_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE";

    private DemoPeople() {}

    static City city(SplittableRandom random) {
        return random.nextInt(3) < 2 ? pick(random, CANARIES) : pick(random, MAINLAND);
    }

    static String personName(SplittableRandom random) {
        return pick(random, GIVEN) + " " + pick(random, SURNAMES) + " " + pick(random, SURNAMES);
    }

    static String companyName(SplittableRandom random) {
        String trade = pick(random, TRADES);
        String what = random.nextBoolean() ? pick(random, SURNAMES) : pick(random, PLACES);
        return trade + " " + what + pick(random, SUFFIXES);
    }

    static String personEmail(SplittableRandom random, String name) {
        String[] words = slug(name).split(" ");
        String local = switch (random.nextInt(4)) {
            case 0 -> words[0] + "." + words[1];
            case 1 -> words[0] + words[1] + words[2];
            case 2 -> words[0].charAt(0) + words[1];
            default -> words[0] + "." + words[1] + (random.nextInt(90) + 10);
        };
        return local + "@" + pick(random, PERSONAL_DOMAINS);
    }

    static String companyEmail(SplittableRandom random, String name) {
        String[] words = slug(name.replace("S.L.U.", "")
                        .replace("S.L.", "")
                        .replace("S.A.", "")
                        .replace("y Cía.", "")
                        .replace("e Hijos", ""))
                .split(" ");
        StringBuilder domain = new StringBuilder();
        for (int i = 1; i < words.length; i++) {
            domain.append(words[i]);
        }
        if (domain.isEmpty()) {
            domain.append(words[0]);
        }
        return pick(random, COMPANY_MAILBOXES) + "@" + domain + (random.nextInt(3) == 0 ? ".com" : ".es");
    }

    /** A mobile (6xx, 7xx) or a landline of the city, in one of the ways people write them. */
    static String phone(SplittableRandom random, City city, boolean company) {
        String digits;
        if (company ? random.nextInt(3) == 0 : random.nextInt(4) != 0) {
            digits = (random.nextInt(5) == 0 ? "7" + (random.nextInt(4) + 1) : "6" + random.nextInt(10))
                    + digits(random, 7);
        } else {
            digits = city.landlinePrefix()
                    + digits(random, 9 - city.landlinePrefix().length());
        }
        String a = digits.substring(0, 3);
        String b = digits.substring(3, 6);
        String c = digits.substring(6);
        return switch (random.nextInt(8)) {
            case 0 -> "+34 " + a + " " + b + " " + c;
            case 1 -> a + " " + b + " " + c;
            case 2 -> digits;
            case 3 -> a + " " + digits.substring(3, 5) + " " + digits.substring(5, 7) + " " + digits.substring(7);
            case 4 ->
                "+34 " + a + " " + digits.substring(3, 5) + " " + digits.substring(5, 7) + " " + digits.substring(7);
            case 5 -> "0034" + digits;
            case 6 -> "+34-" + a + "-" + b + "-" + c;
            default -> "(+34) " + a + " " + b + " " + c;
        };
    }

    /** A company's CIF (letter and eight digits) or a person's DNI with its check letter. */
    static String taxId(SplittableRandom random, boolean company) {
        if (company) {
            return "B" + digits(random, 8);
        }
        int number = random.nextInt(1_000_000, 99_999_999);
        return String.format(Locale.ROOT, "%08d", number) + NIF_LETTERS.charAt(number % 23);
    }

    static String address(SplittableRandom random) {
        return pick(random, STREETS) + ", " + (random.nextInt(120) + 1);
    }

    static String postalCode(SplittableRandom random, City city) {
        return city.postalPrefix()
                + String.format(
                        Locale.ROOT,
                        "%02d",
                        random.nextInt(
                                        city.postalPrefix().startsWith("38")
                                                        || city.postalPrefix().startsWith("35")
                                                ? 99
                                                : 50)
                                + 1);
    }

    static <T> T pick(SplittableRandom random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static String digits(SplittableRandom random, int count) {
        StringBuilder digits = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            digits.append((char) ('0' + random.nextInt(10)));
        }
        return digits.toString();
    }

    private static String slug(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z ]", "")
                .replaceAll(" +", " ")
                .strip();
    }
}
