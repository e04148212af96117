package org.clientela.sales.internal.prospects;

import java.util.Locale;
import org.clientela.platform.TextFolding;

/**
 * The keys a prospect is sorted and matched by, the same whether it is typed on a page, imported or
 * loaded in bulk: the name folded (lower case, no accents), the e-mail in lower case, the tax id's
 * letters and digits ({@link TaxIds#key}). Phone digits come from {@link org.clientela.platform.PhoneNumbers}.
 */
public final class ProspectKeys {

    private ProspectKeys() {}

    public static String sortName(String name) {
        String folded = TextFolding.fold(name);
        return folded == null || folded.length() <= Prospect.NAME_MAX ? folded : folded.substring(0, Prospect.NAME_MAX);
    }

    public static String emailKey(String email) {
        return email == null || email.isBlank() ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    public static String taxIdKey(String taxId) {
        return TaxIds.key(taxId);
    }
}
