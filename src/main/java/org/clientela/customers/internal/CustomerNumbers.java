package org.clientela.customers.internal;

import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Numbers for customers created on the page or through the API, in the business's format
 * ({@link CustomerNumberSettings}), from the database sequence {@code customer_number_seq}: every
 * instance sharing the database draws from the one sequence, so no two hand out the same number.
 *
 * <p>Imported customers bring their own numbers, in the same format. When the sequence reaches a
 * number an import already used, it is moved past the highest number of that format at once (one
 * index look-up) rather than tried one by one: after an import of a million customers the next new
 * one gets the number after the last imported.
 */
@Component
class CustomerNumbers {

    private final JdbcClient jdbc;
    private final CustomerNumberSettings format;

    CustomerNumbers(JdbcClient jdbc, CustomerNumberSettings format) {
        this.jdbc = jdbc;
        this.format = format;
    }

    /** The next free number, e.g. {@code C0001000}. */
    String next() {
        for (int attempt = 0; ; attempt++) {
            long value = jdbc.sql("SELECT nextval('customer_number_seq')")
                    .query(Long.class)
                    .single();
            String number = format(value);
            if (!taken(number)) {
                return number;
            }
            if (attempt > 0) {
                // Someone else moved the sequence meanwhile, or numbers of another width are in the way.
                continue;
            }
            long highest = highestTaken();
            if (highest >= value) {
                // DDL: on H2 it commits the work so far, and nothing has been written yet when numbering.
                jdbc.sql("ALTER SEQUENCE customer_number_seq RESTART WITH " + (highest + 1))
                        .update();
            }
        }
    }

    String format(long value) {
        return format.prefix() + String.format(Locale.ROOT, "%0" + format.digits() + "d", value);
    }

    private boolean taken(String number) {
        return jdbc.sql("SELECT 1 FROM customer WHERE customer_number = :n")
                .param("n", number)
                .query(Integer.class)
                .optional()
                .isPresent();
    }

    /**
     * The highest number of the format in use, by a range of the unique index on the number (numbers
     * of one width sort as their values do).
     */
    private long highestTaken() {
        String low = format.prefix() + "0".repeat(format.digits());
        String high = format.prefix() + "9".repeat(format.digits());
        return jdbc.sql("""
                SELECT MAX(customer_number) FROM customer
                 WHERE customer_number >= :low AND customer_number <= :high""")
                .param("low", low)
                .param("high", high)
                .query(String.class)
                .optional()
                .map(n -> n.substring(format.prefix().length()))
                .filter(digits -> digits.chars().allMatch(Character::isDigit) && !digits.isEmpty())
                .map(Long::parseLong)
                .orElse(0L);
    }
}
