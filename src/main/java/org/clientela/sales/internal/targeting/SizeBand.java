package org.clientela.sales.internal.targeting;

import java.util.Locale;

/** A band of company sizes by employees; {@code maxEmployees} is {@code null} for "or more". */
public record SizeBand(
        String code, String nameEs, String nameEn, int minEmployees, Integer maxEmployees, int position) {

    public static final int NAME_MAX = 100;

    public boolean holds(int employees) {
        return employees >= minEmployees && (maxEmployees == null || employees <= maxEmployees);
    }

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameEs;
    }
}
