package org.clientela.sales.internal.targeting;

import java.util.Locale;

/** A sector of activity: a CNAE-2009 section, or one of the business's own ({@code own}). */
public record Sector(String code, String nameEs, String nameEn, boolean own, int position) {

    public static final int CODE_MAX = 20;
    public static final int NAME_MAX = 200;

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameEs;
    }
}
