package org.clientela.service.internal.cases;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds cases by the number a customer quotes on the phone, written as people write it:
 * {@code C-2026-000123}, {@code c 2026 123}, {@code 2026-000123}, {@code C2026000123}, or just
 * {@code 123} (the sequence is shared by every year, so the number alone is one case) and its
 * beginnings as they are typed ({@code C-2026-0001}). Every lookup goes through the unique index
 * on {@code service_case.reference}: equality on whole references, or a range between two whole
 * references of the same shape ({@code C-2026-000100} to {@code C-2026-000199}), which sorts the
 * same under any database collation.
 */
@Component
public class CaseNumbers {

    /** {@code C-2026-0001}: a year and the (start of the) number. */
    private static final Pattern YEAR_AND_NUMBER = Pattern.compile("C?-?(\\d{4})-(\\d{0,6})");
    /** {@code C2026000123}: a whole reference without dashes. */
    private static final Pattern WHOLE = Pattern.compile("C?(\\d{4})(\\d{6})");
    /** {@code C-2026}: the year, with the letter so it is not the number 2026. */
    private static final Pattern YEAR = Pattern.compile("C-?(\\d{4})-?");
    /** {@code 123}, {@code C-000123}: the number alone. */
    private static final Pattern NUMBER = Pattern.compile("C?-?(\\d{1,6})");

    private static final int DIGITS = 6;
    private static final int MAX_YEARS = 50;
    private static final Pattern REFERENCE = Pattern.compile("C-(\\d{4})-\\d+");

    private final JdbcClient jdbc;

    CaseNumbers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Ids of the cases whose number {@code text} is or begins, at most {@code limit}, exact matches first. */
    public List<Long> find(String text, int limit) {
        String typed = text.strip()
                .toUpperCase(java.util.Locale.ROOT)
                .replaceAll("[\\s./]+", "-")
                .replaceAll("-+", "-");
        Set<Long> ids = new LinkedHashSet<>();
        Matcher m;
        if ((m = WHOLE.matcher(typed)).matches()) {
            ids.addAll(exact(List.of(reference(m.group(1), m.group(2)))));
        } else if ((m = YEAR_AND_NUMBER.matcher(typed)).matches()) {
            String year = m.group(1);
            String digits = m.group(2);
            if (!digits.isEmpty()) {
                ids.addAll(exact(List.of(reference(year, digits))));
            }
            ids.addAll(between(
                    reference(year, digits + "0".repeat(DIGITS - digits.length())),
                    reference(year, digits + "9".repeat(DIGITS - digits.length())),
                    limit));
        } else if ((m = YEAR.matcher(typed)).matches()) {
            ids.addAll(between(reference(m.group(1), "000000"), reference(m.group(1), "999999"), limit));
        } else if ((m = NUMBER.matcher(typed)).matches()) {
            ids.addAll(exact(inEveryYear(m.group(1))));
        }
        return ids.stream().limit(limit).toList();
    }

    private List<Long> exact(List<String> references) {
        if (references.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT id FROM service_case WHERE reference IN (:references) ORDER BY reference")
                .param("references", references)
                .query(Long.class)
                .list();
    }

    private List<Long> between(String lo, String hi, int limit) {
        return jdbc.sql("""
                        SELECT id FROM service_case WHERE reference >= :lo AND reference <= :hi
                        ORDER BY reference LIMIT :limit""")
                .param("lo", lo)
                .param("hi", hi)
                .param("limit", limit)
                .query(Long.class)
                .list();
    }

    /** The number in each year that has cases (from the first to the last reference: two index reads). */
    private List<String> inEveryYear(String digits) {
        var years = jdbc.sql("SELECT MIN(reference), MAX(reference) FROM service_case")
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
                .single();
        Integer first = year(years[0]);
        Integer last = year(years[1]);
        if (first == null || last == null) {
            return List.of();
        }
        first = Math.max(first, last - MAX_YEARS);
        List<String> references = new ArrayList<>();
        for (int year = first; year <= last; year++) {
            references.add(reference(String.valueOf(year), digits));
        }
        return references;
    }

    private static Integer year(String reference) {
        if (reference == null) {
            return null;
        }
        Matcher m = REFERENCE.matcher(reference);
        return m.matches() ? Integer.valueOf(m.group(1)) : null;
    }

    private static String reference(String year, String digits) {
        String padded = "0".repeat(Math.max(0, DIGITS - digits.length())) + digits;
        return "C-" + year + "-" + padded;
    }
}
